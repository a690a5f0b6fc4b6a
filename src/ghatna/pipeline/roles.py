"""Who is who around a predicate: the agent (actor1) and the other participants (actor2).

Hindi is read by case markers (resources/case_markers.tsv): the actor marked by ने is the
agent; with no ने the first unmarked actor of the clause is the subject, and in a form whose
subject is direct (progressive, future, inceptive, intransitive: hi_direct_case_subject) so
is the owner of a member noun ("विपक्ष के सदस्य") or a group read through a bare noun's
marker ("किसान सड़क पर"); the other
participant is the nearest actor before the predicate marked by से, के साथ, को, पर, का ...
(the pattern may restrict which). A genitive reaches through the noun it governs to that
noun's marker ("सेना के काफिले पर हमला": the army is attacked; "भारत के आरोपों से इनकार":
India's charges are rejected). Actors joined by और share the role of the last one
("मंटुरोव और लावरोव के साथ" gives two partners); joined by "के बीच" they are the two sides.
Actors joined to the agent ("A और B ने C से", "A and B met C") are its co-agents.

English is read by word order: the subject is the nearest actor before the predicate that
no preposition governs, the other participant the first actor after (or inside) the
predicate; in the passive ("was arrested by police") the two swap; "between X and Y" gives
both sides.

Places are participants only as targets (a city shelled, a region attacked), never agents.

Each language is an ordered list of small rules over one :class:`Clause` (the sentence, its
mentions, the predicate match and what has been decided so far). A rule fills in the agent or
the other participants and returns True when the roles are final.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from dataclasses import dataclass, field

from ..data import Mention, Sentence, Token
from ..ontology import symmetric_types
from ..resources import word_class
from .calendar_words import calendar_words
from .clauses import (
    Mark,
    case_markers,
    clause_end,
    clause_start,
    coordinated,
    has_phrase,
    marker_at,
    marker_before,
    norms_from,
    phrase_in_clause,
)
from .places import is_destination, seats_own_mission
from .predicates import Match, english_verb_words, hindi_participle_words

PARTICIPANT_KINDS = ("actor", "group", "country", "title", "pronoun")
PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "SANCTION"}  # a place can suffer these
JUDGED_ACT_TYPES = {"ACCUSE", "PROTEST"}  # aimed at who did the act they are about
DESTINATION_TYPES = {"AID"}  # a place reached by these stands for its country ("aid sent to Kabul")
MAX_POSSESSED = 8  # words a genitive may govern before its noun's own marker
MAX_PAIR_GAP = 9  # words between "X और Y के बीच" and the noun predicate it names
MAX_CONJUNCT = 3  # bare words of an unknown noun phrase joined to a mention by "और"


@dataclass(slots=True)
class Roles:
    agent: Mention | None = None
    others: list[Mention] = field(default_factory=list)
    speaker: Mention | None = None  # the subject of a "said that" clause above this one
    self_pair: bool = False  # both sides are one plural group ("समुदायों के बीच")
    co_agents: list[Mention] = field(default_factory=list)  # joined to the agent: "A और B ने"


@dataclass(slots=True)
class Clause:
    """What the role rules of one predicate read and write."""

    sentence: Sentence
    mentions: list[Mention]
    match: Match
    markers: dict[str, str]
    start: int  # first token of the predicate's clause
    reporting: int | None  # the "said that" boundary before it, if any
    covered: set[int] = field(default_factory=set)  # tokens inside any mention
    candidates: list[Mention] = field(default_factory=list)  # participants before the predicate
    marks: list[Mark] = field(default_factory=list)  # each candidate's marker (Hindi)
    roles: Roles = field(default_factory=Roles)

    @property
    def passive(self) -> bool:
        return "passive" in self.match.pattern.flags or english_passive_voice(
            self.sentence, self.match) or english_reduced_passive(self)

    def marked(self) -> list[tuple[Mention, Mark]]:
        return list(zip(self.candidates, self.marks))


Rule = Callable[[Clause], bool]


def is_place(mention: Mention) -> bool:
    return mention.kind == "place"


def reaches_country(match: Match) -> bool:
    """A visit, or help sent: a place it reaches stands for its country ("दौरे पर लंदन पहुंचे",
    "राहत सामग्री काबुल भेजी": the visit is to the United Kingdom, the aid for Afghanistan)."""
    return match.pattern.mode == "visit" or match.pattern.type in DESTINATION_TYPES


def participants(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in mentions if (m.kind in PARTICIPANT_KINDS or is_place(m))
            and m.tok_start >= lo and m.tok_end <= hi and not m.attrs.source]


def _covered(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.tok_start, m.tok_end)}


# --- Hindi: the marker after a mention ------------------------------------------------------

def _skip_to_marker(sentence: Sentence, mention: Mention, markers: dict[str, str],
                    covered: set[int] | None, limit: int) -> int:
    """The token where a mention's marker is looked for: after a quantifier ("दोनों को"),
    after the name a crowd word introduces ("वांछित आरोपी अरशद को") or the noun a
    nationality qualifies ("अमेरिकी सामानों पर")."""
    tokens = sentence.tokens
    pos = _after_gloss(sentence, mention.tok_end, limit)
    while pos < limit and tokens[pos].norm in word_class("quantifier"):
        pos += 1
    if covered is None:
        return pos

    def bare_word(at: int) -> bool:
        return at + 1 < limit and at not in covered and tokens[at].script == "deva" \
            and not marker_at(norms_from(sentence, at), markers)[1]

    # "उनके साथियों को": a possessive pronoun takes the marker of the noun it qualifies
    possessive = mention.kind == "pronoun" and mention.tok_end - mention.tok_start == 1 \
        and tokens[mention.tok_start].norm in word_class("possessive_pronoun")
    if (mention.kind == "group" or possessive) and bare_word(pos) \
            and tokens[pos].norm not in calendar_words() \
            and marker_at(norms_from(sentence, pos + 1), markers)[1] in ("obj", "agent"):
        pos += 1
    if mention.attrs.from_adjective and bare_word(pos):
        pos += 1
    return pos


MAX_GLOSS = 8  # words of a bracketed gloss after a name: "पुतिन (Russian President Vladimir Putin)"


def _after_gloss(sentence: Sentence, pos: int, limit: int) -> int:
    """Past an English gloss in brackets right after a mention ("पुतिन (Russian President
    Vladimir Putin) से", "केंद्र सरकार (Central Government) ने"): the marker follows the gloss.
    A Hindi abbreviation in brackets ("शंघाई सहयोग संगठन (एससीओ) के राष्ट्राध्यक्ष") stays a
    word of the phrase: only Latin glosses are skipped."""
    tokens = sentence.tokens
    if pos >= limit or tokens[pos].text != "(":
        return pos
    close = next((j for j in range(pos + 1, min(limit, pos + MAX_GLOSS + 2))
                  if tokens[j].text == ")"), None)
    if close is None or any(t.script not in ("latn", "punct") for t in tokens[pos + 1:close]):
        return pos
    return close + 1


def _governed_marker(sentence: Sentence, pos: int, markers: dict[str, str],
                     covered: set[int], limit: int) -> int | None:
    """The marker position of the noun a genitive at ``pos`` governs, if any."""
    tokens = sentence.tokens
    for j in range(pos + 2, min(limit, pos + 2 + MAX_POSSESSED)):
        if any(tokens[k].script == "punct" for k in range(pos + 1, j)):
            return None
        if marker_at(norms_from(sentence, j), markers)[1] in ("obj", "agent", "passive_agent"):
            # the governed noun is the plain word before the marker; names inside the
            # phrase only qualify it ("पाकिस्तान के नूर खान ... हवाईअड्डों को"); an actor
            # right before the marker is a participant of its own
            return j if j - 1 not in covered else None
    return None


def marker_after(sentence: Sentence, mention: Mention, markers: dict[str, str],
                 covered: set[int] | None = None, limit: int | None = None) -> Mark:
    """The marker after a mention; a genitive hands over to the marker of the noun it governs
    ("सेना के काफिले पर" -> पर), at most three hops ("X के नेता के घर पर"), never into the
    predicate itself (``limit``: "अमेरिका की यात्रा पर हैं" keeps की). Without ``covered``
    only the mention's own marker is read."""
    limit = len(sentence.tokens) if limit is None else limit
    pos = _skip_to_marker(sentence, mention, markers, covered, limit)
    for _hop in range(3):
        marker, role = marker_at(norms_from(sentence, pos), markers)
        if marker not in word_class("genitive") or covered is None:
            return marker, role
        governed = _governed_marker(sentence, pos, markers, covered, limit)
        if governed is None:
            return marker, role
        pos = governed
    return marker_at(norms_from(sentence, pos), markers)


def _metonym_role(sentence: Sentence, mention: Mention, mark: Mark,
                  markers: dict[str, str]) -> bool:
    """A capital acts for its government as an agent (ने), as an addressee (को, के साथ...) or
    as the owner of what is rejected or condemned ("इस्लामाबाद के आरोपों को"); "दिल्ली से"
    is only where something comes from."""
    if mark[1] == "agent":
        return True
    direct = marker_after(sentence, mention, markers, None)[0]
    return mark[1] == "obj" and (direct in word_class("genitive")
                                 or direct in word_class("metonym_obj_marker")
                                 or seats_own_mission(sentence, mention))


def _hindi_clause(sentence: Sentence, mentions: list[Mention], match: Match) -> Clause:
    """The clause with each candidate's marker: pronouns carry their own case, joined actors
    share the last one's marker, and places stay only as targets or acting capitals."""
    markers = case_markers()["hi"]
    start, reporting = clause_start(sentence, match.token_start, "hi")
    clause = Clause(sentence, mentions, match, markers, start, reporting, _covered(mentions))
    candidates = participants(mentions, start, match.token_start)
    outer = _after_relative_clause(sentence, mentions, start, match.token_start, "hi")
    if outer is not None:
        candidates = outer[0]
    # a place's own marker only: "दिल्ली की सीमाओं पर" is at Delhi's borders, not against Delhi
    marks = [marker_after(sentence, m, markers,
                          None if is_place(m) and not m.attrs.metonym else clause.covered,
                          match.token_start)
             for m in candidates]
    if outer is not None:
        # "X, जो ... हैं, ने": the marker after the closing comma is X's
        for i, m in enumerate(candidates):
            if m.tok_end == start - 2:
                marks[i] = marker_at(norms_from(sentence, outer[1] + 1), markers)
    candidates, marks = _without_bracketed_copies(sentence, candidates, marks)
    _mark_fused_cases(sentence, match, candidates, marks, markers)
    for i in range(len(candidates) - 2, -1, -1):
        if marks[i][1] == "conj" and coordinated(sentence, candidates[i], candidates[i + 1]):
            marks[i] = marks[i + 1]
    for i, m in enumerate(candidates):
        if marks[i][1] == "conj" and (i + 1 == len(candidates)
                                      or not coordinated(sentence, m, candidates[i + 1])):
            marks[i] = _unknown_conjunct_mark(sentence, m, markers, clause.covered,
                                              match.token_start) or marks[i]
    # "काबुल में अपना दूतावास बंद किया": the host of the actor's own mission is no scene
    marks = [(mk[0], "obj") if mk[1] == "locative" and seats_own_mission(sentence, m) else mk
             for m, mk in zip(candidates, marks)]
    place_targets = match.pattern.type in PLACE_TARGET_TYPES
    for m, mk in zip(candidates, marks):
        if not is_place(m) or (place_targets and mk[0] in word_class("place_target_marker")) \
                or (m.attrs.metonym and _metonym_role(sentence, m, mk, markers)):
            clause.candidates.append(m)
            clause.marks.append(mk)
    return clause


def _mark_fused_cases(sentence: Sentence, match: Match, candidates: list[Mention],
                      marks: list[Mark], markers: dict[str, str]) -> None:
    """उन्हें / उनसे / उसे carry their case in the word itself, also before "और"; a genitive
    one (उनका) only as the object of the noun predicate it stands right before when the
    pattern takes that object ("किसानों ने उनका विरोध किया"), or with the rest of a compound
    postposition after it ("उनके खिलाफ"): elsewhere it qualifies a noun of its own."""
    for i, m in enumerate(candidates):
        if m.kind != "pronoun" or marks[i][1] not in ("", "conj") or not m.attrs.case:
            continue
        if m.attrs.case not in word_class("genitive") or _genitive_object(m, match, marks):
            marks[i] = (m.attrs.case, "obj")
        else:
            marks[i] = _fused_compound_marker(sentence, m, markers) or marks[i]


def _fused_compound_marker(sentence: Sentence, pronoun: Mention,
                           markers: dict[str, str]) -> Mark | None:
    """"पुलिस ने उनके खिलाफ मामला दर्ज किया", "बदमाशों ने उसके साथ मारपीट की": a genitive
    pronoun's fused case and the words after it as one compound postposition of
    case_markers.tsv (के खिलाफ, के साथ), read as a named actor's "X के खिलाफ" is; None when
    they make no longer marker than the bare genitive."""
    case = pronoun.attrs.case or ""
    mark = marker_at([case] + norms_from(sentence, pronoun.tok_end), markers)
    return mark if mark[0] not in ("", case) else None


def _genitive_object(pronoun: Mention, match: Match, marks: list[Mark]) -> bool:
    """"उनका विरोध किया", "उनका स्वागत किया": a genitive pronoun right before a predicate whose
    pattern names that genitive among its object markers, and no one else addressed ("सरकार से
    उनकी रिहाई की मांग की": the government is asked, his release is what is asked for)."""
    markers = match.pattern.target_markers
    genitive = word_class("genitive")
    return pronoun.tok_end == match.token_start and markers is not None \
        and pronoun.attrs.case in markers \
        and not any(role == "obj" and marker not in genitive for marker, role in marks)


def _without_bracketed_copies(sentence: Sentence, candidates: list[Mention],
                              marks: list[Mark]) -> tuple[list[Mention], list[Mark]]:
    """"भारत और यूनाइटेड किंगडम (यूके) ने": a Hindi abbreviation in brackets right after a
    name of the same actor is that name again; the name takes the marker after the brackets
    (and so stays joined to "भारत और"), and the copy is no participant of its own. (A Latin
    gloss is skipped when the name's marker is read: _after_gloss.)"""
    tokens = sentence.tokens
    kept: list[Mention] = []
    kept_marks: list[Mark] = []
    for m, mk in zip(candidates, marks):
        prev = kept[-1] if kept else None
        if prev is not None and m.tok_start == prev.tok_end + 1 and m.tok_end < len(tokens) \
                and tokens[prev.tok_end].text == "(" and tokens[m.tok_end].text == ")" \
                and all(t.script == "deva" for t in tokens[m.tok_start:m.tok_end]) \
                and m.actor is not None and prev.actor is not None \
                and (m.actor.id or m.actor.name, m.actor.country) == (
                    prev.actor.id or prev.actor.name, prev.actor.country):
            kept_marks[-1] = mk
            continue
        kept.append(m)
        kept_marks.append(mk)
    return kept, kept_marks


def _unknown_conjunct_mark(sentence: Sentence, mention: Mention, markers: dict[str, str],
                           covered: set[int], limit: int) -> Mark | None:
    """"जिलों के कलेक्टर और कृषि उपसंचालक को": a mention joined by "और" to a noun phrase no
    list knows shares that phrase's case marker (at most MAX_CONJUNCT bare words)."""
    tokens, pos = sentence.tokens, mention.tok_end
    if pos >= limit or tokens[pos].norm == "," or marker_at([tokens[pos].norm], markers)[1] != "conj":
        return None
    k = pos + 1
    while k < min(limit, pos + 1 + MAX_CONJUNCT) and k not in covered \
            and tokens[k].script == "deva" and not marker_at(norms_from(sentence, k), markers)[1]:
        k += 1
    if k == pos + 1 or k >= limit or k in covered:
        return None
    mark = marker_at(norms_from(sentence, k), markers)
    if mark[0] in word_class("genitive") and k + 2 < limit and k + 1 not in covered \
            and tokens[k + 1].script == "deva":
        # "पुलिस और राजस्व विभाग के कर्मियों को": the phrase's head noun is one word on
        mark = marker_at(norms_from(sentence, k + 2), markers)
    # "X और Y का Z" may be "Z of Y" alone: a genitive is not shared
    return mark if mark[1] in ("obj", "agent") and mark[0] not in word_class("genitive") else None


# --- Hindi rules, in order ----------------------------------------------------------------

def _has_ergative(clause: Clause) -> bool:
    return any(role == "agent" for _, role in clause.marks)


def _pair_markers(clause: Clause) -> list[Mention]:
    pair = word_class("pair_marker")
    return [m for m, (marker, _) in clause.marked() if marker in pair]


# help given "among" a crowd goes to that crowd, it is not a crowd acting on itself
RECEIVED_TYPES = frozenset({"AID"})


def hi_one_group_two_sides(clause: Clause) -> bool:
    """"दो समुदायों के बीच झड़प": one crowd word names both sides (not of help handed out
    among a crowd, "बाढ़ पीड़ितों के बीच राहत सामग्री बांटी": they receive it)."""
    between = _pair_markers(clause)
    if clause.match.pattern.type in RECEIVED_TYPES:
        return False
    if len(between) == 1 and between[0].kind == "group" and \
            clause.match.token_start - between[0].tok_end <= 4 and not _has_ergative(clause):
        clause.roles.agent, clause.roles.others = between[0], [between[0]]
        clause.roles.self_pair = True
        return True
    return False


def hi_pair_reference_between(clause: Clause) -> bool:
    """"दोनों देशों के बीच समझौते पर हस्ताक्षर हुए": a pair reference marked "के बीच", with
    no ने-subject, names both sides; the coder reads it as the story's two parties."""
    between = _pair_markers(clause)
    if len(between) != 1 or between[0].attrs.pair is None or _has_ergative(clause):
        return False
    clause.roles.agent = between[0]
    return True


def hi_pair_of_noun_predicate(clause: Clause) -> bool:
    """"X और Y के बीच शिखर बैठक": a meeting noun names its own two sides, but only right after
    them, not from a "के बीच" elsewhere ("X और Y के बीच तनाव के बीच मोदी ने ... बात की")."""
    between = _pair_markers(clause)
    if len(between) < 2:
        return False
    marked = clause.marked()
    subject_before_pair = any(not role and not is_place(m) and m.tok_end <= between[0].tok_start
                              for m, (_, role) in marked)
    next_to_trigger = clause.match.token_start - between[-1].tok_end <= MAX_PAIR_GAP \
        and not any(role == "agent" and m.tok_start > between[-1].tok_start
                    for m, (_, role) in marked)
    if next_to_trigger and (clause.match.pattern.nominal
                            or not _has_ergative(clause) and not subject_before_pair):
        clause.roles.agent, clause.roles.others = between[0], between[1:]
        return True
    return False


def _main_clause_subject(clause: Clause) -> Mention | None:
    """The ने-subject of the main clause after a participle predicate, before that clause ends
    (the first one only: a later ने belongs to a clause of its own)."""
    sentence, match = clause.sentence, clause.match
    end, _ = clause_end(sentence, match.token_end, clause.markers)
    for mention in participants(clause.mentions, match.token_end, end):
        role = marker_after(sentence, mention, clause.markers, clause.covered)[1]
        if role == "agent" or (mention.kind == "pronoun"
                               and mention.attrs.pronoun_role == "agent" and not role):
            return None if is_place(mention) and not mention.attrs.metonym else mention
    return None


def hi_adverbial_participle(clause: Clause) -> bool:
    """"भाजपा पर निशाना साधते हुए अखिलेश ने कहा ...", "समझौते का स्वागत कर उद्योग जगत ने
    कहा": a participle (a nonfinite verb form) shares the subject of the clause it opens,
    named after it; what is marked before it is its object. Not after a form that ends in a
    word of class participle_other_subject ("बैठक होने के बाद": another subject may follow)."""
    match, tokens = clause.match, clause.sentence.tokens
    if match.tense != "nonfinite" or _has_ergative(clause) or \
            tokens[match.token_end - 1].norm in word_class("participle_other_subject", "hi"):
        return False
    if match.token_end < len(tokens) and \
            tokens[match.token_end].norm in word_class("participle_tail"):
        return False  # "प्रदर्शन कर रहे शिक्षकों को": a relative participle (hi_participle_subject)
    subject = _main_clause_subject(clause)
    if subject is None:
        return False
    clause.roles.agent = subject
    hi_marked_others(clause)
    hi_inside_predicate(clause)
    hi_object_of_next_verb(clause)
    return True


def hi_joined_owners_of_exchange(clause: Clause) -> bool:
    """"पुलिस और प्रदर्शनकारियों की झड़प में": the joined genitive owners right before a noun
    of an exchange (pattern flag security_first) are its two sides."""
    match = clause.match
    if "security_first" not in match.pattern.flags or not match.pattern.nominal:
        return False
    genitive, tokens = word_class("genitive"), clause.sentence.tokens
    owners = [m for m, (marker, _) in zip(clause.candidates, clause.marks)
              if marker in genitive and not is_place(m)]
    if len(owners) < 2 or owners[-1].tok_end + 1 != match.token_start \
            or tokens[owners[-1].tok_end].norm not in genitive \
            or not coordinated(clause.sentence, owners[-2], owners[-1]):
        return False
    clause.roles.agent, clause.roles.others = owners[-2], [owners[-1]]
    return True


def hi_hyphen_pair_of_exchange(clause: Clause) -> bool:
    """"पुलिस-नक्सली मुठभेड़ में", "भारत-चीन झड़प": two sides joined by a hyphen right before a
    noun of an exchange (pattern flag security_first) are its two sides."""
    match, tokens = clause.match, clause.sentence.tokens
    if "security_first" not in match.pattern.flags or not match.pattern.nominal:
        return False
    sides = [m for m in clause.candidates if not is_place(m) or m.attrs.metonym]
    if len(sides) < 2:
        return False
    first, second = sides[-2], sides[-1]
    if second.tok_end != match.token_start or first.tok_end + 1 != second.tok_start \
            or tokens[first.tok_end].text not in word_class("pair_hyphen"):
        return False
    clause.roles.agent, clause.roles.others = first, [second]
    return True


def hi_dative_subject(clause: Clause) -> bool:
    """"गोतबाया को आवास से भागना पड़ा", "उन्हें इस्तीफा देना पड़ा": an infinitive followed by a
    form of पड़ना ("had to", word class compulsion_verb) has its subject marked like an
    object (word class dative_subject_marker), the last such actor before the predicate."""
    tokens, end = clause.sentence.tokens, clause.match.token_end
    compulsion = word_class("compulsion_verb", "hi")
    # the form of पड़ना after the predicate, or inside it when the verb class lists the
    # compound ("करना पड़ा")
    if not any(0 <= k < len(tokens) and tokens[k].norm in compulsion
               for k in (end, end - 1, end - 2)):
        return False
    dative = word_class("dative_subject_marker", "hi")
    subjects = [m for m, (marker, role) in clause.marked() if role == "obj" and marker in dative
                and not is_place(m)]
    if subjects and not any(role == "agent" for _, (_, role) in clause.marked()):
        clause.roles.agent = subjects[-1]
    return False


def hi_ergative_agent(clause: Clause) -> bool:
    """The actor marked by ने (or an agent pronoun with no marker) is the agent. A verb has
    one ergative subject: one that a participle clause's closing word (word class
    participle_clause_end) follows is that clause's subject ("X ने जीत दर्ज करने के बाद Y ने
    राज्यपाल से मुलाकात की"), and the next ergative is the agent of the predicate."""
    agents = [mention for mention, (_, role) in clause.marked()
              if not (is_place(mention) and not (mention.attrs.metonym and role == "agent"))
              and (role == "agent" or (mention.kind == "pronoun" and not role
                                       and mention.attrs.pronoun_role == "agent"))]
    if not agents or clause.roles.agent is not None:
        return False
    ends, tokens = word_class("participle_clause_end", "hi"), clause.sentence.tokens
    agent = agents[0]
    for later in agents[1:]:
        if any(t.norm in ends for t in tokens[agent.tok_end:later.tok_start]):
            agent = later
    clause.roles.agent = agent
    return False


def hi_ergative_in_gap(clause: Clause) -> bool:
    """A fronted topic: "कपास के निर्यात पर सरकार ने सोमवार को प्रतिबंध लगा दिया". The pattern
    opens at the topic noun ("निर्यात पर ** प्रतिबंध ~लगा"), so the subject marked by ने stands
    inside its gap, after the trigger's head: with no agent before the head, it is the agent."""
    if clause.roles.agent is not None:
        return False
    match, sentence = clause.match, clause.sentence
    for mention in participants(clause.mentions, match.token_start + 1, match.token_end):
        if is_place(mention) and not mention.attrs.metonym:
            continue
        if marker_after(sentence, mention, clause.markers, clause.covered,
                        match.token_end)[1] == "agent":
            clause.roles.agent = mention
            return False
    return False


def hi_marked_others(clause: Clause) -> bool:
    """The other participants: the nearest object-marked actors before the predicate (and those
    joined to them), with the markers the pattern allows; द्वारा before a ने-agent marks the
    author of the object ("X द्वारा की गई आलोचना को खारिज किया")."""
    allowed = clause.match.pattern.target_markers
    always = word_class("pair_marker") | word_class("passive_marker")
    others: list[Mention] = []
    embedded: list[Mention] = []
    nearest = True  # the marked actor nearest the predicate: the only one an infinitive can own
    for mention, (marker, role) in reversed(clause.marked()):
        if mention is clause.roles.agent or role == "locative" or _hi_companion(clause, mention) \
                or _hi_patient_of_judged_act(clause, mention):
            continue
        first, nearest = nearest, False
        if role == "passive_agent" and not is_place(mention):
            if clause.roles.agent is None and not _subject_after(clause, mention):
                clause.roles.agent = mention
                continue
            marker, role = next(iter(word_class("passive_marker"))), "obj"
        if role == "obj" and (allowed is None or marker in allowed or marker in always):
            if others and not coordinated(clause.sentence, mention, others[-1]):
                break
            if (first and _in_infinitive_clause(clause, mention)) or (
                    embedded and not others
                    and coordinated(clause.sentence, mention, embedded[-1])):
                embedded.append(mention)  # the object of the act asked for, not its addressee
                continue
            others.append(mention)
        elif others:
            break
    clause.roles.others = list(reversed(others)) or list(reversed(embedded))
    return False


def _hi_patient_of_judged_act(clause: Clause, mention: Mention) -> bool:
    """"किसानों पर लाठीचार्ज की निंदा की", "नेता की गिरफ्तारी के विरोध में धरना दिया": who
    suffered the act a condemnation or protest is about (marked by a harm_patient_marker
    right before a Hindi harm_noun, or by a genitive before a genitive_patient_harm; a
    participle "हुए" between them allowed) is not its target; its doer is, from the story
    (target_sources.tsv), as in English."""
    if clause.match.pattern.type not in JUDGED_ACT_TYPES:
        return False
    tokens = clause.sentence.tokens
    k = mention.tok_end
    if k >= len(tokens) or any(t.norm in word_class("charge_noun", "hi") for t in
                               tokens[clause.match.token_start:clause.match.token_end]):
        return False  # "भारत पर हमले का आरोप": an allegation's पर marks the accused
    # "किसानों पर लाठीचार्ज"; a genitive names the patient only of some acts ("नेता की
    # गिरफ्तारी"), the doer of others ("पुलिस की कार्रवाई", "पुलिस के लाठीचार्ज")
    if tokens[k].norm in word_class("harm_patient_marker", "hi"):
        harms = word_class("harm_noun", "hi")
    elif tokens[k].norm in word_class("genitive", "hi"):
        harms = word_class("genitive_patient_harm", "hi")
    else:
        return False
    at = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].norm in word_class("harm_participle", "hi"))
    match = clause.match
    if at >= len(tokens) or tokens[at].norm not in harms \
            or match.token_start <= at < match.token_end:
        return False  # "सरकार पर हमला बोला": the attack in words is the accusation itself
    # "आरोपी की गिरफ्तारी के बाद मामले की जांच": an act that only dates the predicate
    after = [t.norm for t in tokens[at + 1:at + 3]]
    return not (len(after) == 2 and after[1] in word_class("harm_time_postposition", "hi"))


def _in_infinitive_clause(clause: Clause, mention: Mention) -> bool:
    """"जिलाधिकारियों को मृतकों के परिजनों को राहत देने के निर्देश दिए": an actor marked
    before an infinitive with a genitive ("देने के", word class infinitive_ending) that stands
    before the predicate is the object of the act asked for; an actor marked before it is the
    one asked (the guideline's REQUEST: the addressee is actor2)."""
    tokens = clause.sentence.tokens
    endings, genitive = word_class("infinitive_ending", "hi"), word_class("genitive", "hi")
    return any(tokens[k].norm.endswith(tuple(endings)) and tokens[k + 1].norm in genitive
               for k in range(mention.tok_end, clause.match.token_start - 1))


def hi_trade_partner(clause: Clause) -> bool:
    """"भारत ने पाकिस्तान से होने वाले सभी आयात पर प्रतिबंध लगाया": a sanction with no marked
    target restricts trade with the country goods come from (marked by a word of class
    trade_source_marker, a word of class trade_flow after it and before the predicate).
    It returns False: it only adds the target, and the rules after it go on completing the
    roles (the subject among them) as they would without it."""
    if clause.roles.others or clause.match.pattern.type != "SANCTION":
        return False
    flow, source = word_class("trade_flow", "hi"), word_class("trade_source_marker", "hi")
    tokens = clause.sentence.tokens
    for mention, (marker, _) in reversed(clause.marked()):
        if mention is not clause.roles.agent and not is_place(mention) and marker in source \
                and any(t.norm in flow
                        for t in tokens[mention.tok_end:clause.match.token_start]):
            clause.roles.others = [mention]
            break
    return False


def _hi_companion(clause: Clause, mention: Mention) -> bool:
    """"स्थानीय प्रशासन के साथ मिलकर राहत कार्य में जुटी": an actor joined to the subject's
    one-sided act (word class companion after its marker) helps; it is not the target (of a
    joint act, "फ्रांस के साथ मिलकर काम", it is the partner)."""
    end = mention.tok_end + COMPANION_REACH
    return clause.match.pattern.type not in symmetric_types() and has_phrase(
        clause.sentence.tokens[mention.tok_end:end], word_class("companion", "hi"))


#: tokens after a mention where a Hindi companion word may stand (its marker "के साथ" first)
COMPANION_REACH = 4


def _subject_after(clause: Clause, author: Mention) -> bool:
    """"सरकार द्वारा तारीख बढ़ाए जाने से नाराज किसान सड़कों पर उतरे": an unmarked actor after a
    द्वारा-actor, before an active predicate, is its subject; the द्वारा-actor is the author of
    what the subject acts against."""
    if clause.passive or clause.match.pattern.passive_form:
        return False
    return any(not role and not is_place(m) and m.tok_start > author.tok_end
               for m, (_, role) in clause.marked())


def hi_unmarked_subject(clause: Clause) -> bool:
    """With no ने: the first unmarked actor is the subject; in the passive ("दो संदिग्ध आतंकी
    गिरफ्तार किए गए") the one nearest the verb is the target."""
    if clause.roles.agent is not None:
        return False
    unmarked = [m for m, (_, role) in clause.marked()
                if not role and not is_place(m) and m not in clause.roles.others]
    if clause.passive:
        if not clause.roles.others and unmarked:
            clause.roles.others = [unmarked[-1]]
    elif unmarked:
        clause.roles.agent = ([m for m in unmarked if not _compound_modifier(clause, m)]
                              or unmarked)[0]
        if "mutual" in clause.match.pattern.flags and not clause.roles.others \
                and len(unmarked) > 1 and coordinated(clause.sentence, unmarked[0], unmarked[1]):
            # "भारतीय और चीनी सैनिक अलग हो गए": the two joined subjects of a mutual act
            clause.roles.agent, clause.roles.others = unmarked[0], [unmarked[1]]
    return False


def _direct_subject_form(clause: Clause) -> bool:
    """Does the predicate's form put its subject in the direct case? Every non-perfective form
    does (progressive "कर रहे हैं", future "करेंगे": tense present or future), and in the past
    the inceptive, the completive, a compound with जाना and the intransitive perfectives (word
    class direct_subject_form: "करने लगे", "बैठ गए", "पहुंचे"); a transitive perfective ("किया")
    marks its subject with ने, so a bare actor before one is its object."""
    match, tokens = clause.match, clause.sentence.tokens
    if match.tense in ("present", "future"):
        return True
    forms = word_class("direct_subject_form", "hi")
    return match.tense == "past" and any(
        t.norm in forms for t in tokens[match.token_start:match.token_end])


MAX_MEMBER_GAP = 2  # quantifiers or numbers between a genitive and its member noun ("के सभी सदस्य")


def _owner_of_members(clause: Clause, mention: Mention) -> bool:
    """"विपक्ष के सदस्य वेल में नारेबाजी करने लगे", "NDRF की 17 टीमें राहत कार्य में जुटी हैं": a
    genitive owner of a member noun (word class member_noun, no mention of its own) that no
    object or agent marker follows stands for the members, who are in the direct case."""
    sentence, tokens = clause.sentence, clause.sentence.tokens
    if marker_after(sentence, mention, clause.markers, None)[0] not in word_class("genitive"):
        return False
    k = _skip_to_marker(sentence, mention, clause.markers, None, clause.match.token_start) + 1
    skippable = word_class("quantifier")
    for _ in range(MAX_MEMBER_GAP):
        if k < clause.match.token_start and (tokens[k].norm in skippable or tokens[k].text.isdigit()):
            k += 1
    if k >= clause.match.token_start or k in clause.covered \
            or tokens[k].norm not in word_class("member_noun", "hi"):
        return False
    return marker_at(norms_from(sentence, k + 1), clause.markers)[1] not in (
        "obj", "agent", "passive_agent", "conj")


def _bare_word_marked_group(clause: Clause, mention: Mention, mark: Mark) -> bool:
    """"किसान सड़क पर नारेबाजी कर रहे हैं": a group word takes the marker after one bare word
    ("वांछित आरोपी अरशद को", _skip_to_marker), but in a clause with no subject that bare word
    heads a phrase of its own, and the group itself has no marker. Not before a genitive:
    "थाना क्षेत्र के गांव में" is a group qualifying a noun."""
    return mention.kind == "group" and mark[1] == "obj" \
        and mark[0] not in word_class("genitive") \
        and not marker_after(clause.sentence, mention, clause.markers, None)[1]


def _first_joined(clause: Clause, marked: list[tuple[Mention, Mark]], i: int) -> Mention:
    """"NDRF और SDRF की टीमें": owners joined by a conjunction share the marker of the last; the
    first of them is the agent (as of joined unmarked subjects). A Latin gloss in brackets
    between them ("बल (NDRF) और") is skipped."""
    tokens, mark = clause.sentence.tokens, marked[i][1]
    while i > 0 and (marked[i - 1][1] == mark or marked[i - 1][1][1] == "conj"):
        between = [t.norm for t in tokens[marked[i - 1][0].tok_end:marked[i][0].tok_start]
                   if t.script != "punct"]
        joining, role = marker_at(between, clause.markers)
        if role != "conj" or len(joining.split()) != len(between):
            break
        i -= 1
    return marked[i][0]


def hi_direct_case_subject(clause: Clause) -> bool:
    """With no ने and no unmarked actor, in a form whose subject stands in the direct case
    (:func:`_direct_subject_form`), a subject read as marked is the agent: the owner of a member
    noun ("विपक्ष के सदस्य ...") or a group followed by a bare noun and its marker ("किसान सड़क
    पर ..."). Not in the passive, where a bare actor is the one acted on."""
    if clause.roles.agent is not None or _has_ergative(clause) or clause.passive \
            or clause.match.pattern.passive_form or not _direct_subject_form(clause):
        return False
    marked = clause.marked()
    for i, (mention, mark) in enumerate(marked):
        if is_place(mention) and not mention.attrs.metonym:
            continue
        if _bare_word_marked_group(clause, mention, mark) or _owner_of_members(clause, mention):
            first = _first_joined(clause, marked, i)
            # the agent and those joined to it (with their glosses) are no others
            lo = first.tok_start
            hi = _after_gloss(clause.sentence, mention.tok_end, clause.match.token_start)
            clause.roles.agent = first
            clause.roles.others = [m for m in clause.roles.others
                                   if not (lo <= m.tok_start and m.tok_end <= hi)]
            break
    return False


def _compound_modifier(clause: Clause, mention: Mention) -> bool:
    """"अपने अमेरिका प्रवास के दौरान मोदी ...", "सार्क देशों के सम्मेलन में": an actor right
    before a bare noun that a postposition follows qualifies that noun (the stay, the
    countries); it is no subject."""
    tokens, k = clause.sentence.tokens, mention.tok_end
    if k + 1 >= clause.match.token_start:
        return False
    noun, after = tokens[k], tokens[k + 1]
    if any(m.tok_start <= k < m.tok_end for m in clause.mentions):
        return False  # "मोदी रूस के राष्ट्रपति से मिले": a name next, not a bare noun
    return noun.script == "deva" and noun.norm not in clause.markers \
        and clause.markers.get(after.norm) not in (None, "conj", "agent")


def hi_inside_predicate(clause: Clause) -> bool:
    """"राहत सामग्री जमैका और क्यूबा भेजी गई": bare destinations inside the predicate; of a
    visit, a city too ("दौरे पर लंदन पहुंचे": the visit is to its country); a marked group
    that heads the predicate ("राजनयिक को निष्कासित किया")."""
    if clause.roles.others:
        return False
    match, roles = clause.match, clause.roles
    visit = reaches_country(match)
    head = [m for m in clause.mentions if m.kind == "group"
            and m.tok_start <= match.token_start < m.tok_end < match.token_end]
    for mention in head + participants(clause.mentions, match.token_start + 1, match.token_end):
        role = marker_after(clause.sentence, mention, clause.markers, clause.covered)[1]
        # the predicate's own head word is a participant only as a marked group: "कनाडा के
        # राजनयिक को निष्कासित किया" (the diplomat is who is expelled)
        if mention in head and (role != "obj" or _own(clause.sentence, mention)):
            continue
        if (is_place(mention) and not visit) or role in ("agent", "passive_agent"):
            continue
        if not roles.others or coordinated(clause.sentence, roles.others[-1], mention):
            roles.others.append(mention)
    return False


def hi_bare_destination(clause: Clause) -> bool:
    """"लावरोव मंगलवार रात नई दिल्ली पहुंचे", "वह पिछले महीने भारत आई थीं", "मस्कट के लिए
    रवाना हुईं": a bare arrival (pattern flag `abroad`) reaches the place named right before
    it, or before a destination marker (locatives.tsv, "के लिए रवाना"); that place is its only
    other participant ("इजराइल से भारत पहुंची": not the place left), and code keeps it only as a
    country other than the visitor's. With no subject named it is no one's visit."""
    match, roles = clause.match, clause.roles
    if "abroad" not in match.pattern.flags:
        return False
    reached = [m for m in clause.mentions if (is_place(m) or m.kind == "country")
               and m is not roles.agent and m.tok_start < match.token_start
               and (m.tok_end == match.token_start
                    or (m.tok_end + 2 >= match.token_start and is_destination(clause.sentence, m)))]
    roles.others = reached[-1:] if roles.agent is not None else []
    return False


def hi_object_of_next_verb(clause: Clause) -> bool:
    """"पुलिस ने लाठीचार्ज कर भीड़ को खदेड़ा", "बल का प्रयोग करते हुए आंदोलनकारियों को
    हटाया": a conjunctive participle with no object of its own acts on the object (को, पर:
    word class participle_object_marker) of the verb it leads into."""
    match, roles = clause.match, clause.roles
    if roles.others or match.tense != "nonfinite":
        return False
    end, _ = clause_end(clause.sentence, match.token_end, clause.markers)
    allowed = word_class("participle_object_marker")
    joined = roles.agent  # "प्रदर्शन कर रहे A, B और C को": B and C protest with A
    for mention in participants(clause.mentions, match.token_end, end):
        if joined is not None and (mention is joined
                                   or coordinated(clause.sentence, joined, mention)):
            joined = mention
            continue
        if is_place(mention):
            continue
        marker, role = marker_after(clause.sentence, mention, clause.markers, clause.covered)
        if role == "agent":
            return False
        if role == "obj" and marker in allowed:
            roles.others = [mention]
            return False
    return False


def hi_object_of_bare_participle(clause: Clause) -> bool:
    """"आयोग ने दोनों अध्यक्षों को पत्र भेजकर जवाब मांगा": a verb with no object of its own,
    after a one-word conjunctive participle of its clause (a nonfinite form of verb_forms_hi
    not followed by a light verb, as in "कर दिया"), acts on the participle's object (marked by
    a word of class participle_object_marker) written before it."""
    match, tokens = clause.match, clause.sentence.tokens
    if clause.roles.others or match.tense == "nonfinite":
        return False
    participles, verb_starts = hindi_participle_words()
    at = next((k for k in range(match.token_start - 1, clause.start - 1, -1)
               if tokens[k].norm in participles and tokens[k + 1].norm not in verb_starts), None)
    if at is None:
        return False
    allowed = word_class("participle_object_marker")
    others: list[Mention] = []
    # the nearest participant before it, and those joined to it ("X और Y को"); another case
    # ("सरकार के खिलाफ", "गिरफ्तारी को लेकर") means the participle has no object
    for mention, (marker, role) in reversed(clause.marked()):
        if mention.tok_end > at or is_place(mention):
            continue
        if role != "obj" or marker not in allowed or (
                others and not coordinated(clause.sentence, mention, others[-1])):
            break
        others.append(mention)
    clause.roles.others = list(reversed(others))
    return False


def _own(sentence: Sentence, mention: Mention) -> bool:
    """"अपने सैनिकों को वापस बुलाया": the agent's own people (word class reflexive)."""
    return mention.tok_start > 0 and \
        sentence.tokens[mention.tok_start - 1].norm in word_class("reflexive")


def hi_forum_of_meeting(clause: Clause) -> bool:
    """"मोदी ने ब्रिक्स शिखर सम्मेलन में भाग लिया": an international body written right
    before a meeting noun is the forum met with; it names the meeting, so it is never its
    subject ("जी20 शिखर सम्मेलन में भाग लेने बाइडेन पहुंचे": the subject follows)."""
    match, roles = clause.match, clause.roles
    if roles.others or match.pattern.type != "CONSULT":
        return False
    for mention in participants(clause.mentions, 0, match.token_start):
        if mention.tok_end == match.token_start \
                and mention.actor is not None and mention.actor.sector == "IGO":
            roles.others.append(mention)
            if mention is roles.agent:
                roles.agent = None
    return False


def _bare_gap(clause: Clause, start: int, end: int) -> bool:
    """Are the tokens from ``start`` to ``end`` at most one bare Hindi word, no marker (an
    adjective: "X की अहम बैठक")?"""
    between = clause.sentence.tokens[start:end]
    return len(between) <= 1 and all(t.script == "deva" and t.norm not in clause.markers
                                     for t in between)


def hi_noun_owner(clause: Clause) -> bool:
    """"मोदी और बाइडेन की मुलाकात होगी": the genitive owner right before a noun with an
    intransitive light verb (word class intransitive_light_verb) is its subject, a joined owner
    its partner; with one owner, an ergative subject of the clause is the other side."""
    match, genitive = clause.match, word_class("genitive")
    intransitive = word_class("intransitive_light_verb")
    if not any(tok.startswith("~") and tok[1:] in intransitive
               for tok in match.pattern.text.split()):
        return False  # "सैनिकों की तैनाती", "ट्रंप की पेशकश": other nouns' owners are their objects
    owners = [m for m, (marker, _) in zip(clause.candidates, clause.marks)
              if marker in genitive and not is_place(m)]
    if not owners or not _bare_gap(clause, owners[-1].tok_end + 1, match.token_start):
        return False
    joined = [owners[-1]]
    for m in reversed(owners[:-1]):
        if not coordinated(clause.sentence, m, joined[0]):
            break
        joined.insert(0, m)
    receiver = clause.roles.agent
    clause.roles.agent = joined[0]
    if len(joined) > 1:
        clause.roles.others = joined[1:]
        return True
    if receiver is not None:
        clause.roles.others = [receiver]
        return True
    return False  # one owner: the marked others ("सरकार के खिलाफ") come from the next rules


def hi_genitive_owner(clause: Clause) -> bool:
    """"देउबा की मोदी से वार्ता होगी": a genitive before the partner owns the noun predicate."""
    roles = clause.roles
    if roles.agent is not None or not roles.others:
        return False
    first_other = min(m.tok_start for m in roles.others)
    for mention in clause.candidates:
        direct = marker_after(clause.sentence, mention, clause.markers, None)[0]
        if mention.tok_end <= first_other and direct in word_class("genitive") and \
                mention not in roles.others and not is_place(mention):
            roles.agent = mention
            break
    return False


def hi_subject_after_predicate(clause: Clause) -> bool:
    """"मुठभेड़ में लश्कर के तीन आतंकी मारे गए": the subject may follow an adverbial phrase;
    a headline puts it after the verb ("राज्यपाल से मिले शिवराज, ..."): an actor followed by
    no postposition, or by a comma that ends the headline's clause (word class
    postposed_subject_end; not "और": "मुठभेड़ में X और Y शहीद" are casualties)."""
    if clause.roles.agent is not None or clause.passive:
        return False
    end, _ = clause_end(clause.sentence, clause.match.token_end, clause.markers)
    for mention in participants(clause.mentions, clause.match.token_end, end):
        marker, role = marker_after(clause.sentence, mention, clause.markers, clause.covered)
        if not is_place(mention) and (
                not role or marker in word_class("postposed_subject_end", "hi")):
            clause.roles.agent = mention
            break
    return False


def hi_head_subject(clause: Clause) -> bool:
    """"चीन की सेना पीछे हट गई": a predicate that opens with its subject's own head noun (the
    troops that pull back) has that actor, with no marker after it, as its agent."""
    if clause.roles.agent is not None or clause.passive:
        return False
    start, end = clause.match.token_start, clause.match.token_end
    for mention in clause.mentions:
        if mention.kind in ("group", "actor") and mention.tok_start <= start < mention.tok_end < end \
                and not marker_after(clause.sentence, mention, clause.markers)[1]:
            clause.roles.agent = mention
            break
    return False


def hi_joined_partner(clause: Clause) -> bool:
    """"भारत और जापान ने समझौते पर हस्ताक्षर किए": the second of joined agents is the partner
    of a symmetric act, or of a reciprocal one ("एक-दूसरे पर आरोप लगाए")."""
    roles = clause.roles
    if roles.agent is None or roles.others or roles.agent not in clause.candidates or (
            clause.match.pattern.type not in symmetric_types()
            and not has_reciprocal(clause.sentence, clause.match.token_start)):
        return False
    idx = clause.candidates.index(roles.agent)
    partners: list[Mention] = []
    for nxt in clause.candidates[idx + 1:]:
        if clause.marks[clause.candidates.index(nxt)] == clause.marks[idx] and coordinated(
                clause.sentence, (partners or [roles.agent])[-1], nxt):
            partners.append(nxt)
    roles.others = partners
    return False


def has_reciprocal(sentence: Sentence, at: int) -> bool:
    """"each other", "एक-दूसरे" (word class reciprocal) in the clause of token ``at``: its
    joined subjects act on one another."""
    return phrase_in_clause(sentence, at, word_class("reciprocal"))


def hi_reporting_speaker(clause: Clause) -> bool:
    """The subject of a "said that" clause above: the speaker, and the agent in place of a
    pronoun ("मंत्रालय ने कहा कि वह ... सराहना करता है": "वह" is the speaker)."""
    roles = clause.roles
    if clause.reporting is None or not (roles.agent is None or roles.agent.kind == "pronoun"):
        return False
    roles.speaker = _reporting_subject(clause, clause.reporting)
    if roles.agent is not None and roles.speaker is not None:
        roles.agent = roles.speaker
    return False


def _reporting_subject(clause: Clause, end: int) -> Mention | None:
    """The one who says or demands: the first ने-marked actor (or subject pronoun) before end."""
    for mention in participants(clause.mentions, 0, end):
        role = marker_after(clause.sentence, mention, clause.markers, clause.covered)[1]
        if role == "agent" or (mention.kind == "pronoun" and mention.attrs.pronoun_role == "agent"):
            return mention
    return None


def _unmarked_after(clause: Clause, lo: int) -> Mention | None:
    """The first actor from lo on that no postposition follows: the subject of a "कि" clause."""
    for mention in participants(clause.mentions, lo, len(clause.sentence.tokens)):
        if not is_place(mention) and \
                not marker_after(clause.sentence, mention, clause.markers, clause.covered)[1]:
            return mention
    return None


def hi_reported_demand(clause: Clause) -> None:
    """A demand told as reported speech (flag speaker_agent): "X ने कहा कि Y ... छोड़ दें" (a
    subjunctive in the "कि" clause) or "X ने मांग उठाई कि Y ... दे" (the demand noun before
    it). The one who says it demands it (actor1) of the subordinate subject (actor2)."""
    roles, match = clause.roles, clause.match
    if roles.others:
        return
    if clause.reporting is not None and clause.reporting < match.token_start:
        speaker = _reporting_subject(clause, clause.reporting)
        if speaker is not None and roles.agent is not None and roles.agent is not speaker:
            roles.agent, roles.others = speaker, [roles.agent]
        return
    addressee = _unmarked_after(clause, match.token_end)
    if addressee is not None and addressee is not roles.agent:
        roles.others = [addressee]


MAX_AUTHOR_PARTICIPLE = 3  # words of "की गई", "लगाए गए" between an author and its noun


def _author_before(clause: Clause, mention: Mention) -> bool:
    """"पाकिस्तान की ओर से की गई फायरिंग", "नक्सलियों द्वारा लगाए गए आईईडी विस्फोट": an
    author phrase (a passive_agent marker) and a short participle right before the noun."""
    marker, role = marker_at(norms_from(clause.sentence, mention.tok_end), clause.markers)
    if role != "passive_agent":
        return False
    after = mention.tok_end + len(marker.split())
    between = clause.sentence.tokens[after:clause.match.token_start]
    return 0 < len(between) <= MAX_AUTHOR_PARTICIPLE and all(
        t.script == "deva" for t in between) and not any(
        after <= k < clause.match.token_start for k in clause.covered)


def _owner_before(clause: Clause) -> Mention | None:
    """The actor whose genitive opens the predicate ("किसानों का धरना": the pattern starts
    with the genitive) or stands right before it with one bare word between, or whose author
    phrase does ("X की ओर से की गई फायरिंग"); a genitive pronoun, its marker fused in it
    ("उनका आरोप है कि": pronouns.tsv case का), is such an owner too, resolved through the
    discourse like every pronoun."""
    start = clause.match.token_start
    genitive = word_class("genitive")
    for mention in reversed(clause.candidates):
        if is_place(mention) or mention.tok_end > start:
            continue
        if _author_before(clause, mention):
            return mention
        fused = mention.kind == "pronoun" and mention.attrs.case in genitive
        # "सरकार के खिलाफ प्रदर्शन": the longest marker is the target's, not a genitive
        if not fused and marker_at(norms_from(clause.sentence, mention.tok_end),
                                   clause.markers)[0] not in genitive:
            continue
        if _bare_gap(clause, mention.tok_end + (0 if fused else 1), start):
            return mention
        return None
    return None


def hi_owner_agent(clause: Clause) -> bool:
    """"किसानों का धरना", "जाटों का आंदोलन": a protest noun's genitive owner is who protests
    (pattern flag owner_agent; a noun with no owner codes nothing, see code.py)."""
    if "owner_agent" not in clause.match.pattern.flags:
        return False
    clause.roles.agent = _owner_before(clause)
    hi_marked_others(clause)  # "सरकार के खिलाफ", "फैसले के विरोध में": whom it is against
    return True


def hi_invited_guest(clause: Clause) -> bool:
    """"शेख हसीना मोदी के निमंत्रण पर भारत आईं": an invitation told by the visit it brings
    (pattern flag guest_target): the genitive owner of the invitation noun invites, the
    visitor, the sentence's bare or ने subject, is invited."""
    if "guest_target" not in clause.match.pattern.flags:
        return False
    owner = _owner_before(clause)
    clause.roles.agent = owner
    guests = [m for m in clause.mentions if m is not owner and not is_place(m)
              and m.kind in PARTICIPANT_KINDS and not m.attrs.source
              and marker_after(clause.sentence, m, clause.markers)[1] in ("", None, "agent")]
    clause.roles.others = guests[:1]
    return True


def hi_casualties_of_attack(clause: Clause) -> bool:
    """"नक्सलियों के हमले में 11 जवान शहीद हो गए": an attack told by its casualties (pattern
    flag casualty_subject): the genitive owner of the attack noun attacks, the dead or wounded
    named between the noun and the casualty word are the target."""
    match = clause.match
    if "casualty_subject" not in match.pattern.flags:
        return False
    clause.roles.agent = _owner_before(clause)
    genitive = word_class("genitive")
    for mention in participants(clause.mentions, match.token_start + 1, match.token_end):
        marker = marker_after(clause.sentence, mention, clause.markers)[0]
        if is_place(mention) or (marker and marker not in genitive):
            continue
        if not clause.roles.others or coordinated(clause.sentence, clause.roles.others[-1],
                                                  mention):
            clause.roles.others.append(mention)
    return True


def hi_participle_subject(clause: Clause) -> bool:
    """"प्रदर्शन कर रहे किसानों को पुलिस ने हटाया": a participle (word class participle_tail
    after the verb) qualifies the noun after it, and that noun is its subject; so does an
    intransitive perfect participle (word class subject_participle) right before a noun, or
    before one qualifying word and a noun ("अनशन पर बैठे गांधीवादी नेता के खिलाफ")."""
    tokens, pos = clause.sentence.tokens, clause.match.token_end
    tail = word_class("participle_tail")
    while pos < len(tokens) and tokens[pos].norm in tail:
        pos += 1
    starts = {pos}
    if pos == clause.match.token_end:
        if tokens[pos - 1].norm not in word_class("subject_participle", "hi"):
            return False
        if pos + 1 < len(tokens) and tokens[pos].script == "deva" \
                and not marker_at(norms_from(clause.sentence, pos), clause.markers)[1]:
            starts.add(pos + 1)  # one qualifying word: "बैठे गांधीवादी नेता"
    starts.add(_past_head_count(tokens, pos))
    following = [m for m in clause.mentions if m.tok_start in starts
                 and m.kind in ("group", "actor", "title")]
    if following:
        clause.roles.agent = following[0]
    return False


MAX_HEAD_COUNT = 5  # words of "दो विधायकों सहित" or of "सौ से अधिक" before a participle's noun


MAX_INCLUDED = 6  # words of "दो सांसद और चार विधायक" before an inclusion word ("सहित")


def _past_head_count(tokens: list[Token], pos: int) -> int:
    """Past the count before the noun a participle qualifies ("प्रदर्शन कर रहे सैकड़ों
    किसानों", "... रहे करीब 50 कार्यकर्ताओं", "... रहे दो विधायकों सहित सौ से अधिक
    कार्यकर्ताओं"): numbers, words of class head_count_word, and a short phrase closed by an
    inclusion word ("X सहित": the people it includes) are no head of their own."""
    counts, including = word_class("head_count_word", "hi"), word_class("inclusion_marker", "hi")
    end = min(len(tokens), pos + MAX_INCLUDED + 1)
    closing = next((k for k in range(pos, end) if tokens[k].norm in including), None)
    k = closing + 1 if closing is not None else pos
    end = min(len(tokens), k + MAX_HEAD_COUNT)
    while k < end and (tokens[k].norm in counts or tokens[k].script == "digit"):
        k += 1
    return k


MAX_FRAME_OWNER_GAP = 5  # words of "दी जा रही प्रतिबंधों की" between "X की तरफ से" and the noun


def _frame_owner(clause: Clause) -> Mention | None:
    """The nearest actor before the noun with a genitive or author marker ("अमेरिका की",
    "अमेरिका की तरफ से"), a few words and no punctuation or other actor between."""
    start = clause.match.token_start
    keep = word_class("genitive")
    for mention, (marker, role) in reversed(clause.marked()):
        if mention.tok_end > start or (is_place(mention) and not mention.attrs.metonym):
            continue
        between = clause.sentence.tokens[mention.tok_end + len(marker.split()):start]
        if (marker in keep or role == "passive_agent") and len(between) <= MAX_FRAME_OWNER_GAP \
                and all(t.script != "punct" for t in between):
            return mention
        return None
    return None


def hi_threat_frame(clause: Clause) -> bool:
    """"अमेरिका की धमकियों के बीच भारत ने ...", "चीन की धमकी के बावजूद ताइवान ने ...": a
    threat noun in a frame (pattern flag threat_frame) is its owner's threat aimed at the main
    clause's ने-subject after it. With no owner or no such subject, it codes nothing."""
    if "threat_frame" not in clause.match.pattern.flags:
        return False
    clause.roles.agent = _frame_owner(clause)
    subjects = [m for m in clause.mentions if m.tok_start >= clause.match.token_end
                and (not is_place(m) or m.attrs.metonym)
                and marker_after(clause.sentence, m, clause.markers)[1] == "agent"]
    clause.roles.others = subjects[:1]
    return True


HINDI_RULES: tuple[Rule, ...] = (
    hi_one_group_two_sides, hi_pair_reference_between, hi_adverbial_participle,
    hi_pair_of_noun_predicate,
    hi_hyphen_pair_of_exchange, hi_joined_owners_of_exchange, hi_casualties_of_attack, hi_owner_agent,
    hi_invited_guest,
    hi_threat_frame,
    hi_participle_subject, hi_dative_subject,
    hi_ergative_agent, hi_ergative_in_gap, hi_noun_owner,
    hi_marked_others, hi_trade_partner, hi_unmarked_subject, hi_direct_case_subject,
    hi_inside_predicate, hi_bare_destination, hi_object_of_next_verb,
    hi_object_of_bare_participle,
    hi_forum_of_meeting,
    hi_genitive_owner,
    hi_subject_after_predicate, hi_head_subject,
    hi_joined_partner, hi_reporting_speaker,
)


def hindi_roles(sentence: Sentence, mentions: list[Mention], match: Match) -> Roles:
    clause = _hindi_clause(sentence, mentions, match)
    for rule in HINDI_RULES:
        if rule(clause):
            break
    if "speaker_agent" in match.pattern.flags:
        hi_reported_demand(clause)
    roles = clause.roles
    if roles.agent is not None and _hi_patient_of_judged_act(clause, roles.agent):
        roles.agent = None  # "नूपुर शर्मा की गिरफ्तारी को लेकर बवाल हुआ": she suffered it
    if roles.agent in clause.candidates and roles.others and not roles.self_pair:
        idx = clause.candidates.index(roles.agent)
        roles.co_agents = _joined_chain(clause, clause.candidates[idx + 1:], roles.agent,
                                        clause.marks[idx])
    if roles.agent is not None:
        roles.agent = _named_member(clause, roles.agent)
    roles.others = _named_members(clause, roles.others)
    return roles


def _named_members(clause: Clause, others: list[Mention]) -> list[Mention]:
    """Each other participant through :func:`_named_member`; the generic groups joined after
    a group so read belong to the same inclusion ("X सहित कई नेताओं और कार्यकर्ताओं")."""
    kept: list[Mention] = []
    last_read: Mention | None = None
    for mention in others:
        if last_read is not None and mention.kind == "group" and not mention.attrs.members \
                and coordinated(clause.sentence, last_read, mention):
            last_read = mention
            continue
        named = _named_member(clause, mention)
        last_read = mention if named is not mention else None
        if named not in kept:
            kept.append(named)
    return kept


def _named_member(clause: Clause, mention: Mention) -> Mention:
    """"सीबीआई ने पूर्व मुख्यमंत्री भूपेश बघेल समेत कई अधिकारियों के घरों पर छापे मारे", "मोदी
    राष्ट्रपति ओबामा समेत कई विश्व नेताओं से मिलेंगे": a generic group whose phrase opens with
    a person and an inclusion word ("X समेत/सहित कई ...") is the side through the one person the
    report names in it: the act is told for his sake, and "officials" or "world leaders" name
    nobody. A group of a known organisation ("कांग्रेस के कई विधायकों") names its side already."""
    if mention.kind != "group" or mention.attrs.members:
        return mention
    tokens = clause.sentence.tokens
    gap = word_class("head_count_word", "hi") | word_class("quantifier", "hi") \
        | word_class("others_word", "hi")
    k = mention.tok_start
    while k > 0 and (tokens[k - 1].norm in gap or tokens[k - 1].script == "digit"):
        k -= 1
    if k < 2 or tokens[k - 1].norm not in word_class("inclusion_marker", "hi"):
        return mention
    named = next((m for m in clause.mentions if m.tok_end == k - 1), None)
    return named if named is not None and _singled_out(named) else mention


def _singled_out(mention: Mention) -> bool:
    """A person named by name. A bare office among the group ("राष्ट्रपति, प्रधानमंत्री समेत
    कई राजनेताओं ने", "राजस्थान के मुख्यमंत्री सहित कई नेताओं और कार्यकर्ताओं को") is one of
    them: the gold of both readings names the group, so only a name singles a person out."""
    return mention.kind == "actor" and mention.actor is not None \
        and mention.actor.kind == "person"


def _joined_chain(clause: Clause, following: list[Mention], first: Mention,
                  mark: Mark | None) -> list[Mention]:
    """"ब्लिंकन और ऑस्टिन ... यात्रा करेंगे", "Blinken and Austin will visit India": the actors
    joined to the agent by a conjunction or a comma (with its marker, in Hindi) are agents of
    the same act on the same others (co-agents; code.py says which acts give each its own
    event); a joined actor that is one of the others ends the chain."""
    joined: list[Mention] = []
    for nxt in following:
        last = (joined or [first])[-1]
        left, right = (nxt, last) if nxt.tok_start < last.tok_start else (last, nxt)
        if nxt in clause.roles.others or is_place(nxt) \
                or not coordinated(clause.sentence, left, right):
            break
        if mark is not None and clause.marks[clause.candidates.index(nxt)] != mark:
            break
        joined.append(nxt)
    # a comma alone does not join ("Before meeting X, Y held talks"): the list ends in a word
    ordered = sorted([first, *joined], key=lambda m: m.tok_start)
    while len(ordered) > 1 and _comma_only(clause.sentence, ordered[-2], ordered[-1]):
        if ordered.pop() is first:
            return []
    return [m for m in joined if m in ordered]


def _comma_only(sentence: Sentence, left: Mention, right: Mention) -> bool:
    return all(t.norm in (",", "") or t.norm in word_class("determiner", "en")
               for t in sentence.tokens[left.tok_end:right.tok_start])


def hi_object_of_participle_before(sentence: Sentence, match: Match, roles: Roles,
                                   earlier: list[tuple[Match, Roles]]) -> None:
    """"पुलिस ने युवकों को गिरफ्तार कर पूछताछ की", "उच्चायुक्त को तलब कर विरोध दर्ज कराया": a
    verb with no object of its own, led into by a conjunctive participle of its clause with
    the same subject, acts on the participle's object (marked by a word of class
    participle_object_marker): the converse of :func:`hi_object_of_next_verb`."""
    if roles.others:
        return
    start, _ = clause_start(sentence, match.token_start, "hi")
    allowed, tokens = word_class("participle_object_marker"), sentence.tokens
    for before, its in reversed(earlier):
        if before.token_end > match.token_start or before.token_start < start:
            continue
        if before.tense != "nonfinite" or (roles.agent is not None and its.agent is not None
                                           and roles.agent is not its.agent):
            return
        # its own object, written before it (not one it shares with a verb after it)
        roles.others = [m for m in its.others if m.tok_end <= before.token_start
                        and tokens[m.tok_end].norm in allowed]
        return


# --- English ------------------------------------------------------------------------------

@dataclass(slots=True)
class EnglishClause:
    """The participants before and after an English predicate, sorted into subjects and
    objects."""

    clause: Clause
    before: list[Mention]
    after: list[Mention]
    subjects: list[Mention]
    objects: list[Mention]
    next_start: int = 0  # where the sentence's next predicate starts


def _inside_trigger(mention: Mention, match: Match) -> bool:
    """A group word that is the predicate's own head word ("accused", "बंधक बना")."""
    return mention.kind == "group" and mention.tok_start == match.token_start


def _reported_demand(sentence: Sentence, mentions: list[Mention], match: Match,
                     markers: dict[str, str]) -> Roles:
    """"The ministry said that Iran must stop ...": the one who says it demands it (actor1)
    of the subject of "must" (actor2)."""
    before = [m for m in participants(mentions, 0, match.token_start)
              if (not is_place(m) or m.attrs.metonym)
              and marker_before(sentence, m, markers)[1] not in ("pre_obj", "pre_locative")]
    roles = Roles()
    if len(before) >= 2:
        roles.agent, roles.others = before[0], [before[-1]]
    return roles


def _own_force(mention: Mention, match: Match) -> bool:
    """"India withdrew its troops": the force a withdrawal pattern names inside itself (flag
    own_force) is the agent's own, moved by it, never the side it withdraws from."""
    return "own_force" in match.pattern.flags and mention.tok_end <= match.token_end


def _objects_after(clause: Clause, next_start: int) -> list[Mention]:
    """Participants after the predicate up to the next clause boundary: not a nationality
    inside it ("led the Indian delegation"), not its own head word, not he/it (subjects)."""
    match, markers = clause.match, clause.markers
    after = [m for m in participants(clause.mentions, match.token_start + 1, next_start)
             if not (m.attrs.from_adjective and m.tok_end <= match.token_end)
             and not _inside_trigger(m, match) and not _own_force(m, match)
             and not (m.kind == "pronoun" and m.attrs.pronoun_role == "agent")]
    bounded: list[Mention] = []
    for mention in after:
        between = [t.norm for t in clause.sentence.tokens[match.token_end:mention.tok_start]]
        if any(markers.get(w) in ("boundary", "reporting") for w in between):
            break
        bounded.append(mention)
    return bounded


def _companion(sentence: Sentence, lo: int, hi: int) -> bool:
    """"Khattar along with minister Dalal rushed ...": a name after "along with" (word class
    companion) goes with the subject; it is not the subject."""
    return has_phrase(sentence.tokens[lo:hi], word_class("companion", "en"))


def _subjects(clause: Clause, before: list[Mention]) -> list[Mention]:
    """Subjects: actors before the predicate that no preposition governs; else the one before a
    relative pronoun ("Wang Yi, who arrived last evening, met Doval"); else a nationality right
    before the predicate ("Russian attacks on Kyiv")."""
    sentence, markers, start = clause.sentence, clause.markers, clause.start
    subjects = [m for m in before if marker_before(sentence, m, markers)[1]
                not in ("pre_obj", "pre_locative", "passive_agent")]
    subjects = [m for i, m in enumerate(subjects) if i == 0 or not _companion(
        sentence, subjects[i - 1].tok_end, m.tok_start)]
    if not subjects and start > 0 and \
            sentence.tokens[start - 1].norm in word_class("relative_pronoun"):
        outer, _ = clause_start(sentence, start - 1, "en")
        candidates = [m for m in participants(clause.mentions, outer, start - 1)
                      if not is_place(m)]
        # "threw stones at the police, who used tear gas": the antecedent right before
        # ", who" is the subject, whatever governs it
        antecedent = [m for m in candidates if m.tok_end in (start - 1, start - 2)]
        # "condemned the attack on a gurdwara which killed 11 people": "which" stands for
        # the thing named right before it; with no actor there, the act's doer is unnamed
        if antecedent or sentence.tokens[start - 1].norm not in word_class("thing_relative"):
            subjects = antecedent or [m for m in candidates if marker_before(
                sentence, m, markers)[1] not in ("pre_obj", "pre_locative")]
    if not subjects:
        subjects = [m for m in clause.mentions if m.attrs.from_adjective
                    and m.tok_end == clause.match.token_start]
    return _not_of_judging_verb(clause, _before_participle(clause, _not_owners(clause, subjects)))


def _not_owners(clause: Clause, subjects: list[Mention]) -> list[Mention]:
    """"Farmers gathered near the office of the district collector and raised slogans": an
    actor after "of" that a common noun governs ("office", "plight", "residence") owns that
    noun and does not act; after a count or a member word (word class of_head: "thousands
    of", "members of", "supporters of") it is the subject. Kept when no other subject is left."""
    tokens = clause.sentence.tokens
    heads = word_class("of_head", "en")

    def owner(mention: Mention) -> bool:
        k = _start_past_articles(clause.sentence, mention) - 1
        if k < 1 or tokens[k].norm != "of":
            return False
        head = tokens[k - 1]
        return head.script == "latn" and head.text.islower() and head.norm not in heads \
            and not any(m.tok_end == k for m in clause.mentions)

    kept = [m for m in subjects if not owner(m)]
    return kept or subjects


def _before_participle(clause: Clause, subjects: list[Mention]) -> list[Mention]:
    """"Protesters demanding her resignation stormed the residence", "Farmers, protesting
    against the laws, blocked the highway": an -ing word right after a subject opens a
    participle that qualifies it; the actors inside it ("her") are not the main verb's subject."""
    tokens, start = clause.sentence.tokens, clause.match.token_start
    for i, mention in enumerate(subjects):
        k = mention.tok_end + (mention.tok_end < start and tokens[mention.tok_end].text == ",")
        if k < start and _participle_word(tokens[k]):
            return subjects[:i + 1]
    return subjects


def _participle_word(token: Token) -> bool:
    """A lower-case -ing verb form: not a noun of an act ("police firing": word class
    gerund_noun) nor another -ing word (word class ing_non_participle: "during", "evening")."""
    return token.script == "latn" and token.text.islower() and len(token.norm) > 4 \
        and token.norm.endswith("ing") \
        and token.norm not in word_class("gerund_noun", "en") \
        and token.norm not in word_class("ing_non_participle", "en")


def _not_of_judging_verb(clause: Clause, subjects: list[Mention]) -> list[Mention]:
    """"India condemned the attack on its embassy", "The Congress denounced the arrest of its
    leaders": a noun of an act that is the object of a verb judging or reporting it (word class
    judging_verb) is not done by that verb's subject."""
    if not clause.match.pattern.nominal:
        return subjects
    tokens, judging = clause.sentence.tokens, word_class("judging_verb", "en")
    return [m for m in subjects if not any(
        t.norm in judging for t in tokens[m.tok_end:clause.match.token_start])]


def _infinitive_complement(clause: Clause) -> bool:
    """Does a pattern ending in a gap and "to" (word class infinitive_marker) stand before a
    verb ("asked X to prove", "called on X to release"), not before a noun phrase ("donated
    funds to the trust")? Read from the word after "to": no article, no name."""
    match, tokens = clause.match, clause.sentence.tokens
    elements = match.pattern.elements
    if len(elements) < 2 or elements[-2].kind != "gap" \
            or not match.pattern.ends_with("infinitive_marker") or match.token_end >= len(tokens):
        return False
    following = tokens[match.token_end]
    return following.script == "latn" and following.text.islower() \
        and following.norm not in word_class("determiner", "en") \
        and not any(m.tok_start == match.token_end for m in clause.mentions)


def _objects(clause: Clause, after: list[Mention]) -> list[Mention]:
    match = clause.match
    determiners = word_class("determiner", "en")
    # right after the predicate (an article between: "fired at the protesters", where the
    # pattern's own "at" governs it) or inside it; else not after "in"/"at" (a place phrase)
    objects = [m for m in after
               if all(t.norm in determiners
                      for t in clause.sentence.tokens[match.token_end:m.tok_start])
               or marker_before(clause.sentence, m, clause.markers)[1] != "pre_locative"]
    # "carried out rescue operations with the help of local police": a helper, not the target
    # of a one-sided act
    if match.pattern.type not in symmetric_types():
        objects = [m for m in objects
                   if not _companion(clause.sentence, match.token_end, m.tok_start)]
    if _infinitive_complement(clause):
        # "asked Chief Minister Mamata Banerjee to prove her majority": the one asked stands
        # before "to"; what follows is the act asked for
        objects = [m for m in objects if m.tok_start < match.token_end - 1]
    elif match.pattern.ends_with("final_preposition"):
        # "lodged a complaint with the ECI against Amit Shah": the final preposition's object
        objects.sort(key=lambda m: m.tok_start < match.token_end)
    elif match.pattern.ends_in_charge:
        # "accused Charuni of instigating people": what follows "of" is the charge, not a
        # party ("expressed concern over China's map" has no gap: China is the target)
        objects = [m for m in objects if m.tok_start < match.token_end - 1]
    objects = [m for m in objects
               if not _in_complement(clause, m) and not _patient_of_judged_act(clause, m)]
    visit = reaches_country(match)
    return [m for m in objects if not is_place(m) or (
        m.tok_start <= match.token_end + 1 and (match.pattern.type in PLACE_TARGET_TYPES
                                                or m.attrs.metonym or visit))
            or _destination(clause, m)]


def _in_complement(clause: Clause, mention: Mention) -> bool:
    """"hailed the deal as a milestone for India and Japan": after "as a"/"as an" (word class
    complement_marker) stands what the object is called, not who the act is done to; "as" alone
    may open a clause of its own ("fled as the Taliban entered Kabul")."""
    norms = [t.norm for t in clause.sentence.tokens]
    return any(_phrase_at(norms, k, "complement_marker", 0)
               and not _phrase_at(norms, k, "listing_phrase", 3)
               for k in range(clause.match.token_end, mention.tok_start))


def _patient_of_judged_act(clause: Clause, mention: Mention) -> bool:
    """"India condemned the attack on its consulate", "protested against the killing of a
    youth by the army": who suffered the act a condemnation or protest is about is not its
    target; its doer is (after "by", or from the story: target_sources.tsv). An act noun (word
    class harm_noun) with a preposition of its patient (harm_patient_marker) stands between
    the predicate and the mention, and no "by" after it."""
    if clause.match.pattern.type not in JUDGED_ACT_TYPES:
        return False
    tokens = clause.sentence.tokens
    harms, patient_markers = word_class("harm_noun", "en"), word_class("harm_patient_marker", "en")
    for k in range(clause.match.token_end, mention.tok_start - 1):
        if tokens[k].norm in harms and tokens[k + 1].norm in patient_markers:
            return not any(clause.markers.get(t.norm) == "passive_agent"
                           for t in tokens[k + 2:mention.tok_start])
    return False


def _phrase_at(norms: list[str], k: int, word_class_name: str, reach: int) -> bool:
    """Does a phrase of the English word class cover the word at ``k``, starting there or at
    most ``reach`` words before it ("as well as" around its second "as")?"""
    for phrase in word_class(word_class_name, "en"):
        words = phrase.split()
        for first in range(max(0, k - reach), k + 1):
            if norms[first:first + len(words)] == words and first + len(words) > k:
                return True
    return False


def _destination(clause: Clause, mention: Mention) -> bool:
    """"sent three planes of relief supplies to Colombo": the place help is sent to."""
    return clause.match.pattern.type in DESTINATION_TYPES and marker_before(
        clause.sentence, mention, clause.markers)[0] in word_class("destination_marker", "en")


def _second_conjunct_objects(sentence: Sentence, start: int, match: Match,
                             before: list[Mention]) -> list[Mention]:
    """"Teams rescued 540 people and evacuated 5,000": a verb right after "and" shares the
    first verb's subject; what stands after that first verb is its object, no subject. A
    participle after a determiner qualifies a noun ("The dispersed activists returned and
    clashed ..."): it is no verb of its own (_verb_at); an auxiliary may stand between "and"
    and the verb ("... and are sitting outside"), and adverbs of word class passive_adverb
    ("detained them and later released them": the police release, not the detained)."""
    tokens = sentence.tokens
    adverbs = word_class("passive_adverb", "en")
    conjunction = match.token_start - 1
    if conjunction > 0 and tokens[conjunction].norm in word_class("passive_auxiliary", "en"):
        conjunction -= 1  # "... and are sitting outside": an auxiliary before the verb
    else:
        conjunction = _skip_back(tokens, conjunction, adverbs)  # "and later released them"
    if conjunction < 0 or tokens[conjunction].norm not in word_class("verb_conjunction"):
        return []
    first_verb = next((k for k in range(start, conjunction) if _verb_at(tokens, k)), None)
    return [] if first_verb is None else [m for m in before if m.tok_start > first_verb]


def _skip_back(tokens: list[Token], k: int, words: Set[str]) -> int:
    """The first token at or before ``k`` that is not one of ``words``."""
    while k > 0 and tokens[k].norm in words:
        k -= 1
    return k


def _verb_at(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` a verb of a pattern class, not a noun of the same spelling ("at several
    places", "the dispersed activists": after an article or a quantifier, or a place noun)?"""
    norm = tokens[k].norm
    return norm in english_verb_words() and norm not in word_class("place_plural", "en") \
        and (k == 0 or tokens[k - 1].norm not in word_class("determiner", "en")
             | word_class("spread_quantifier", "en"))


def _after_relative_clause(sentence: Sentence, mentions: list[Mention], start: int,
                           end: int, lang: str = "en") -> tuple[list[Mention], int] | None:
    """"Modi, who began by greeting Amit Shah, thanked ...": when the clause around the
    predicate starts inside a ", who ... ," clause that closes before it, the participants
    are those before "who" and after the closing comma, returned with that comma's position
    (None when this does not apply)."""
    tokens = sentence.tokens
    if start < 2 or tokens[start - 1].norm not in word_class("relative_pronoun") \
            or tokens[start - 2].text != ",":
        return None
    close = next((j for j in range(start, end) if tokens[j].text == ","), None)
    if close is None:
        return None
    outer, _ = clause_start(sentence, start - 2, lang)
    return [m for m in participants(mentions, outer, start - 2) + participants(
        mentions, close + 1, end) if not is_place(m) or m.attrs.metonym], close


def topic_of_message(mention: Mention, match: Match) -> bool:
    """Is the mention inside a topic phrase ("received an input about militants") whose
    opener is not the pattern's own ("complained about X": X is the target)?"""
    opener = mention.attrs.topic_from
    return opener is not None and not match.token_start <= opener < match.token_end


def _english_clause(sentence: Sentence, mentions: list[Mention], match: Match,
                    next_start: int) -> EnglishClause:
    markers = case_markers()["en"]
    start, reporting = clause_start(sentence, match.token_start, "en")
    mentions = [m for m in mentions if not topic_of_message(m, match)]
    clause = Clause(sentence, mentions, match, markers, start, reporting)
    before = [m for m in participants(mentions, start, match.token_start)
              if not is_place(m) or m.attrs.metonym]
    objects_of_first = _second_conjunct_objects(sentence, start, match, before)
    before = [m for m in before if m not in objects_of_first]
    outer = _after_relative_clause(sentence, mentions, start, match.token_start)
    if outer is not None:
        before = outer[0]
    if not before:
        # "Paramilitary forces were deployed": the group the pattern starts inside is its subject
        before = [m for m in mentions if m.kind == "group"
                  and start <= m.tok_start < match.token_start < m.tok_end]
    after = _objects_after(clause, next_start)
    return EnglishClause(clause, before, after, _subjects(clause, before), _objects(clause, after),
                         next_start)


def english_passive_voice(sentence: Sentence, match: Match) -> bool:
    """An active English pattern read in the passive voice: a form of "be" right before a
    participle trigger (its first or last word: "were lathi-charged by the police", "was taken into custody")."""
    start = match.token_start
    if match.pattern.lang != "en" or start == 0:
        return False
    first, last = sentence.tokens[start].norm, sentence.tokens[match.token_end - 1].norm
    before = start - 1
    # "were also pelted", "was allegedly beaten", "have been killed or seriously injured": an
    # adverb, or another participle joined by "or"/"and", between the auxiliary and the verb
    adverbs, joiners = word_class("passive_adverb", "en"), word_class("participle_joiner", "en")
    auxiliary = word_class("passive_auxiliary", "en")
    norms = [t.norm for t in sentence.tokens]

    def skippable(k: int) -> bool:
        # a participle only when a joiner follows it ("killed or injured"), never "attacked"
        # on its own ("those who were detained attacked the guards")
        return norms[k] not in auxiliary and (
            norms[k] in adverbs or norms[k] in joiners
            or (norms[k].endswith(PARTICIPLE_ENDINGS) and norms[k + 1] in joiners))

    while before > 0 and start - before <= 4 and skippable(before):
        before -= 1
    if not (_en_participle(first) or _en_participle(last)):
        return False
    return norms[before] in auxiliary or _coordinated_passive(norms, match)


#: how many words may stand between a participle with no auxiliary and its "by" agent
REDUCED_PASSIVE_REACH = 4


def english_reduced_passive(clause: Clause) -> bool:
    """A participle trigger with no auxiliary whose next actor is an agent after "by": "900
    villagers evacuated by NDRF teams", a headline's "Two held by police". Only a few words,
    none of them another participle ("raided houses owned by X"), may stand between."""
    match, tokens = clause.match, clause.sentence.tokens
    if match.pattern.lang != "en" or not _en_participle(tokens[match.token_end - 1].norm):
        return False
    following = [m for m in clause.mentions if m.tok_start >= match.token_end]
    if not following:
        return False
    first = min(following, key=lambda m: m.tok_start)
    between = [t.norm for t in tokens[match.token_end:first.tok_start]]
    return 0 < len(between) <= REDUCED_PASSIVE_REACH + 1 and not is_place(first) \
        and marker_before(clause.sentence, first, clause.markers)[1] == "passive_agent" \
        and not any(_en_participle(w) for w in between)


def _en_participle(word: str) -> bool:
    """A regular past participle ending ("arrested", "taken", "thrown") or an irregular one."""
    return word.endswith(PARTICIPLE_ENDINGS) or word in word_class("irregular_participle", "en")


#: how far back a coordinated passive participle looks for the first one's auxiliary
COORDINATED_PASSIVE_REACH = 14


def _coordinated_passive(norms: list[str], match: Match) -> bool:
    """A participle trigger joined to an earlier passive by "and" or a comma, with nothing
    that could be its object after it ("were taken to the port, produced before a court and
    remanded in custody", "were stopped at the border and deported"): it shares the passive
    auxiliary. "was welcomed by Biden and signed two pacts" stays active (an object follows)."""
    start = match.token_start
    adverbs, joiners = word_class("passive_adverb", "en"), word_class("participle_joiner", "en")
    auxiliary = word_class("passive_auxiliary", "en")
    participle = start if _en_participle(norms[start]) else match.token_end - 1
    before = start - 1
    while before > 0 and norms[before] in adverbs:
        before -= 1
    if norms[before] not in joiners and norms[before] != ",":
        return False
    if participle + 1 < len(norms) \
            and norms[participle + 1] not in word_class("passive_follower", "en"):
        return False
    boundary = {m for m, role in case_markers().get("en", {}).items() if role == "boundary"}
    for k in range(before - 1, max(0, before - COORDINATED_PASSIVE_REACH) - 1, -1):
        if norms[k] in boundary or norms[k] in auxiliary:
            return False
        if _en_participle(norms[k]) and k > 0:
            j = k - 1
            while j > 0 and norms[j] in adverbs:
                j -= 1
            if norms[j] in auxiliary:
                return True
    return False


#: endings of English past participles (regular -ed, and taken/beaten/driven/shot down)
PARTICIPLE_ENDINGS = ("ed", "en", "wn")


EnglishRule = Callable[[EnglishClause], bool]


def en_passive(en: EnglishClause) -> bool:
    """"was arrested by police", "was killed in an encounter with security forces"."""
    clause = en.clause
    if not clause.passive:
        return False
    by = [m for m in en.after if not is_place(m) and (
        _after_by(clause, m) or m.tok_start == clause.match.token_end)]
    clause.roles.agent = by[0] if by else (_fight_partner(en) or _attack_noun_modifier(en))
    # "He said the guru was detained": the one who says it is no patient of the passive
    said = word_class("attribution_verb", "en")
    tokens, start = clause.sentence.tokens, clause.match.token_start
    patients = [m for m in en.subjects
                if not any(t.norm in said for t in tokens[m.tok_end:start])]
    if patients:
        clause.roles.others = _joined_before(clause.sentence, en.before, patients[-1])
    return True


MAX_TITLE_WORDS = 4  # capitalised words of a title between "by" and a name it precedes


def _after_by(clause: Clause, mention: Mention) -> bool:
    """"was denied by Speaker A N Shamseer": "by" governs the mention, directly or across the
    capitalised words of a title before a name the knowledge base lacks."""
    if marker_before(clause.sentence, mention, clause.markers)[1] == "passive_agent":
        return True
    tokens, k = clause.sentence.tokens, mention.tok_start
    while k > max(0, mention.tok_start - MAX_TITLE_WORDS) and tokens[k - 1].script == "latn" \
            and tokens[k - 1].text[:1].isupper():
        k -= 1
    return mention.kind == "actor" and k < mention.tok_start and k > 0 \
        and clause.markers.get(tokens[k - 1].norm) == "passive_agent"


def _fight_partner(en: EnglishClause) -> Mention | None:
    """"soldiers were killed in a clash with Chinese troops": a casualty verb (word class
    casualty) with no "by" is done by the other side of the fight noun after it (word classes
    fight_noun, fight_partner)."""
    clause = en.clause
    tokens, end = clause.sentence.tokens, clause.match.token_end
    if tokens[end - 1].norm not in word_class("casualty", "en"):
        return None
    for mention in en.after:
        at = mention.tok_start
        while at > end and tokens[at - 1].norm in word_class("determiner", "en"):
            at -= 1
        if at > end and tokens[at - 1].norm in word_class("fight_partner", "en") \
                and has_phrase(tokens[end:at - 1], word_class("fight_noun", "en")) \
                and not is_place(mention):
            return mention
    return None


#: mentions that may name an attacker as the modifier of an attack noun (no place, no title)
ATTACKER_KINDS = ("actor", "group", "country")


def _attack_noun_modifier(en: EnglishClause) -> Mention | None:
    """"two jawans were killed in a Maoist attack", "civilians were wounded in Pakistani
    shelling": in an attack told by its casualties (pattern flag casualty_subject) an actor
    word right before the attack noun that ends the pattern (a group or nationality used as
    its modifier) names who attacked. With none, the story's attacker is found later
    (pipeline/victims.py)."""
    clause = en.clause
    match = clause.match
    if "casualty_subject" not in match.pattern.flags:
        return None
    noun = match.token_end - 1
    return next((m for m in clause.mentions if m.tok_end == noun
                 and m.tok_start > match.token_start + 1 and m.kind in ATTACKER_KINDS
                 and not m.attrs.source), None)


def _bare_comma_between(sentence: Sentence, left: Mention, right: Mention) -> bool:
    """Is nothing but one comma (and articles) between two mentions?"""
    between = [t for t in sentence.tokens[left.tok_end:right.tok_start]
               if t.norm and t.norm not in word_class("determiner", "en")]
    return len(between) == 1 and between[0].text == ","


def _start_past_articles(sentence: Sentence, mention: Mention) -> int:
    """Where the mention's noun phrase starts, English articles before it included."""
    k = mention.tok_start
    while k > 0 and sentence.tokens[k - 1].norm in word_class("determiner", "en"):
        k -= 1
    return k


def _governed_before(sentence: Sentence, mention: Mention) -> bool:
    """Does a word other than an article or list punctuation stand before the mention?"""
    k = _start_past_articles(sentence, mention)
    return k > 0 and sentence.tokens[k - 1].script != "punct"


def _joined_before(sentence: Sentence, before: list[Mention], last: Mention) -> list[Mention]:
    """``last`` and the mentions joined to it before it: "A, B and C were arrested"."""
    joined = [last]
    idx = before.index(last) if last in before else 0
    if idx > 0 and _bare_comma_between(sentence, before[idx - 1], last) \
            and _governed_before(sentence, before[idx - 1]):
        # "To disperse the crowd, police used tear gas": a list ends in "and" ("A, B and C");
        # a bare comma after a phrase that governs the mention before it closes that fronted
        # phrase and joins nothing (a headline's "India, Nepal vow ..." is a list)
        return joined
    while idx > 0 and coordinated(sentence, before[idx - 1], joined[0]):
        idx -= 1
        joined.insert(0, before[idx])
    return joined


def en_pair_of_noun_predicate(en: EnglishClause) -> bool:
    """"Goyal met Lutnick amid talks between India and the US": a noun predicate ending in
    "between" names its own two sides, whoever the sentence's subject is."""
    match, objects = en.clause.match, en.objects
    if not match.pattern.nominal or not match.pattern.ends_with("pair_marker") \
            or len(objects) < 2 or not coordinated(en.clause.sentence, objects[0], objects[1]):
        return False
    en.clause.roles.agent, en.clause.roles.others = objects[0], [objects[1]]
    return True


def en_subject(en: EnglishClause) -> bool:
    """The nearest subject is the agent; of joined subjects with no object the first is the
    agent, and of a two-sided act ("India and Russia signed ...", "the army, the police and
    the CRPF launched a joint operation") the others are its partners."""
    if not en.subjects:
        return False
    roles = en.clause.roles
    roles.agent = en.subjects[-1]
    joined = _joined_before(en.clause.sentence, en.before, en.subjects[-1])
    # objects that do not reach a two-sided act leave its joined subjects its sides, when the
    # first of them is a subject ("Prior to her meeting with Modi, von der Leyen ...": a comma
    # after an actor a preposition governs joins no sides)
    sides = not en.objects or (joined[0] in en.subjects and not _after_pair_marker(
        en.clause.sentence, joined[0]) and not _direct_objects(en))
    if len(joined) > 1 and sides and not _joint_visit(en):
        roles.agent = joined[0]
        # "Police and CRPF personnel raided the office": joined subjects of a one-sided act
        # are one side, the agent and its helpers, never the agent and its target; those of
        # a two-sided act ("signed a pact", "clashed": pattern flag mutual; "accused each
        # other") are its two sides
        pattern, sentence = en.clause.match.pattern, en.clause.sentence
        if pattern.type in symmetric_types() or "mutual" in pattern.flags \
                or has_reciprocal(sentence, en.clause.match.token_start):
            roles.others = joined[1:]
        return True
    return False


def _after_pair_marker(sentence: Sentence, mention: Mention) -> bool:
    """"talks between the two leaders": the mention is one side of a pair "between" names."""
    k = _start_past_articles(sentence, mention)
    return k > 0 and sentence.tokens[k - 1].norm in word_class("pair_marker", "en")


def _joint_visit(en: EnglishClause) -> bool:
    """"Rahul Gandhi and his sister Priyanka visited the relief camps": those who visit
    something together are fellow visitors, not host and guest; the visit has an object
    (a word after the verb other than a preposition or a date), only not an actor."""
    match, tokens = en.clause.match, en.clause.sentence.tokens
    if match.pattern.mode != "visit" or match.token_end >= len(tokens):
        return False
    following = tokens[match.token_end]
    return following.script == "latn" and following.norm in word_class("determiner", "en")


def _direct_objects(en: EnglishClause) -> list[Mention]:
    """The objects, less those a two-sided act with joined subjects does not reach: "Modi and
    Putin signed eight pacts, including on India's space mission" names its two sides before
    the verb; an actor further on, behind words other than articles and the partner's
    preposition ("with"), is no third party to it ("A and B met C" keeps C)."""
    clause = en.clause
    pattern, tokens = clause.match.pattern, clause.sentence.tokens
    if pattern.type not in symmetric_types() and "mutual" not in pattern.flags:
        return en.objects
    bare = word_class("determiner", "en") | word_class("fight_partner", "en")
    return [m for m in en.objects if m.tok_start < clause.match.token_end or all(
        t.norm in bare for t in tokens[clause.match.token_end:m.tok_start])]


def en_object(en: EnglishClause) -> bool:
    """The first object and those joined to it; not the agent of a later passive verb after
    "by" ("staged a march and were lathi-charged by the police"), unless the predicate is a
    noun, whose own agent that is (en_noun_by_agent)."""
    clause = en.clause
    objects = en.objects if clause.match.pattern.nominal else [
        m for m in en.objects if not _agent_of_later_passive(clause, m)]
    if not objects:
        return False
    roles = clause.roles
    roles.others = [objects[0]]
    for mention in objects[1:]:
        if not coordinated(en.clause.sentence, roles.others[-1], mention):
            break
        if mention.tok_end == en.next_start:
            break  # "met A and B held talks with C": B is the next predicate's subject
        roles.others.append(mention)
    return False


def _agent_of_later_passive(clause: Clause, mention: Mention) -> bool:
    """"by the police" after a passive auxiliary that follows the predicate ("were
    lathi-charged by the police"): the agent of that later verb, not this one's object."""
    if marker_before(clause.sentence, mention, clause.markers)[1] != "passive_agent":
        return False
    auxiliary = word_class("passive_auxiliary", "en")
    return any(t.norm in auxiliary
               for t in clause.sentence.tokens[clause.match.token_end:mention.tok_start])


def en_fronted_participle(en: EnglishClause) -> bool:
    """"Accusing the BJP of backdoor politics, Baghel said ...": a participle that opens the
    sentence takes the main clause's subject, right after the comma, as its agent."""
    clause = en.clause
    tokens, start = clause.sentence.tokens, clause.match.token_start
    if clause.roles.agent is not None or not tokens[start].norm.endswith("ing") \
            or any(t.script != "punct" for t in tokens[:start]):
        return False
    comma = next((i for i in range(clause.match.token_end, len(tokens))
                  if tokens[i].text == ","), None)
    if comma is None:
        return False
    after_comma = [m for m in participants(clause.mentions, comma + 1, len(tokens))
                   if not is_place(m) and m.tok_start <= comma + 2]
    if after_comma:
        clause.roles.agent = after_comma[0]
        clause.roles.others = [m for m in clause.roles.others if m is not after_comma[0]]
    return False


def en_trailing_participle(en: EnglishClause) -> bool:
    """"India said the clash was caused by China, rebutting China's claims that ...": a
    participle after a comma adds to the main clause, whose first subject is its agent (not
    the nearest actor before it, which may be a word of the main clause's object)."""
    clause = en.clause
    sentence, start = clause.sentence, clause.match.token_start
    if start < 2 or sentence.tokens[start - 1].text != "," \
            or not sentence.tokens[start].norm.endswith("ing"):
        return False
    # the main clause's subject: its first actor that no preposition governs ("India said ...",
    # before the reported clause)
    subjects = [m for m in participants(clause.mentions, 0, start - 1) if not is_place(m)
                and marker_before(sentence, m, clause.markers)[1]
                not in ("pre_obj", "pre_locative", "passive_agent")]
    if not subjects:
        return False
    clause.roles.agent = subjects[0]
    en_object(en)
    return True


def en_noun_by_agent(en: EnglishClause) -> bool:
    """"the attack on tourists by militants": a noun predicate's agent after "by"."""
    clause = en.clause
    if not clause.match.pattern.nominal or clause.roles.agent is not None:
        return False
    by = [m for m in en.after if not is_place(m)
          and marker_before(clause.sentence, m, clause.markers)[1] == "passive_agent"]
    others = [m for m in clause.roles.others if not by or m is not by[0]]
    if by and others:  # an act on someone ("stone-pelting by protesters" alone: the verb after)
        clause.roles.agent, clause.roles.others = by[0], others
    return False


def en_two_sides(en: EnglishClause) -> bool:
    """"clashes between police and protesters": with no subject, the two sides."""
    roles = en.clause.roles
    if roles.agent is None and len(roles.others) >= 2:
        roles.agent, roles.others = roles.others[0], roles.others[1:]
    return False


def en_reporting_speaker(en: EnglishClause) -> bool:
    clause = en.clause
    if clause.roles.agent is None and clause.reporting is not None:
        for mention in participants(clause.mentions, 0, clause.reporting):
            if not is_place(mention):
                clause.roles.speaker = mention
    return False


def en_owner_agent(en: EnglishClause) -> bool:
    """"China's claims that Indian soldiers crossed the border", "the opposition's allegations
    that ...": a noun of an act (pattern flag owner_agent) is its possessive owner's act; the
    coder drops it when it has none ("denied allegations that ..." names no accuser), and
    finds its target in the "that" clause. A pattern that opens with the possessive itself
    ("The Youth Congress' march towards the residence of X") has its owner right before it
    and its target after the noun."""
    clause = en.clause
    if "owner_agent" not in clause.match.pattern.flags:
        return False
    tokens, start = clause.sentence.tokens, clause.match.token_start
    possessive = word_class("possessive")
    if tokens[start].norm in possessive:
        owners = [m for m in clause.mentions if m.tok_end == start and not is_place(m)]
        clause.roles.agent = owners[0] if owners else None
        en_object(en)
        return True
    clause.roles.agent = _possessive_owner(en)
    return True


def _possessive_owner(en: EnglishClause) -> Mention | None:
    """The actor right before the predicate with a possessive after it ("China's", "the
    opposition's"; up to two words between the possessive and the predicate)."""
    if not en.before:
        return None
    mention = en.before[-1]
    gap = [t.norm for t in en.clause.sentence.tokens[mention.tok_end:en.clause.match.token_start]]
    if gap and gap[0] in word_class("possessive") and len(gap) <= 3 and not is_place(mention):
        return mention
    return None


def en_possessive_owner(en: EnglishClause) -> bool:
    """"China objected to Rajnath Singh's visit to Arunachal": a noun predicate after a
    possessive is its owner's act, whoever the clause's subject is (the owner may stand after
    a preposition, which hides it from the subjects)."""
    clause = en.clause
    if not clause.match.pattern.nominal or "owner_agent" in clause.match.pattern.flags:
        return False
    owner = _possessive_owner(en)
    if owner is None:
        return False
    clause.roles.agent = owner
    en_object(en)
    return True


def en_invited_guest(en: EnglishClause) -> bool:
    """"Hasina arrived in Delhi at the invitation of Modi": an invitation told by the visit
    it brings (pattern flag guest_target): the one named right after the pattern invites,
    the clause's first subject, the visitor, is invited."""
    clause = en.clause
    if "guest_target" not in clause.match.pattern.flags:
        return False
    inviters = [m for m in en.after if m.tok_start == clause.match.token_end
                and not is_place(m)]
    clause.roles.agent = inviters[0] if inviters else None
    clause.roles.others = [m for m in en.subjects if not is_place(m)][:1]
    return True


def en_threat_frame(en: EnglishClause) -> bool:
    """"Brushing aside the threat of American sanctions, India signed ...", "Despite China's
    threats, Taiwan held drills": a threat noun in a fronted frame (pattern flag threat_frame)
    is its owner's threat (a country word inside the noun phrase, or a possessive before it)
    aimed at the main clause's subject, right after the comma that closes the frame. With no
    owner or no such subject, it codes nothing."""
    clause = en.clause
    if "threat_frame" not in clause.match.pattern.flags:
        return False
    tokens, match = clause.sentence.tokens, clause.match
    inside = [m for m in clause.mentions if match.token_start < m.tok_start < match.token_end
              and not is_place(m)]
    en_owner_agent(en)
    if inside and clause.roles.agent is None:
        clause.roles.agent = inside[0]
    comma = next((i for i in range(match.token_end, len(tokens)) if tokens[i].text == ","),
                 None)
    after = [] if comma is None else [
        m for m in participants(clause.mentions, comma + 1, len(tokens))
        if not is_place(m) and m.tok_start <= comma + 2]
    clause.roles.others = after[:1]
    return True


ENGLISH_RULES: tuple[EnglishRule, ...] = (
    en_threat_frame, en_invited_guest, en_owner_agent, en_possessive_owner,
    en_passive, en_pair_of_noun_predicate, en_trailing_participle, en_subject, en_object,
    en_noun_by_agent,
    en_fronted_participle, en_two_sides,
    en_reporting_speaker,
)


def english_roles(sentence: Sentence, mentions: list[Mention], match: Match,
                  next_start: int) -> Roles:
    if "speaker_agent" in match.pattern.flags:
        return _reported_demand(sentence, mentions, match, case_markers()["en"])
    en = _english_clause(sentence, mentions, match, next_start)
    for rule in ENGLISH_RULES:
        if rule(en):
            break
    roles = en.clause.roles
    if roles.agent in en.before and roles.others and not en.clause.passive:
        # the agent is the nearest subject: the joined ones stand before it
        idx = en.before.index(roles.agent)
        joined = list(reversed(_joined_chain(
            en.clause, list(reversed(en.before[:idx])), roles.agent, None)))
        first = (joined or [roles.agent])[0].tok_start
        # "talks between India and Bangladesh": the two sides of a pair, not joint agents;
        # "held meetings with A and B met C": A is the object of the verb before, not B's partner
        governed = bool(joined) and marker_before(sentence, joined[0], en.clause.markers)[1] \
            in ("pre_obj", "pre_locative")
        roles.co_agents = [] if governed or (first and sentence.tokens[first - 1].norm in
                                             word_class("pair_marker", "en")) else joined
        _lead_with_first_conjunct(roles)
    return roles


def _lead_with_first_conjunct(roles: Roles) -> None:
    """"The Army and the ITBP carried out rescue operations", "NDRF and SDRF teams rescued
    200 people": of joined subjects the first named leads the act (as "A और B ने" does in
    Hindi, and as en_subject reads joined subjects with no object); the nearest is its
    co-agent, not its agent."""
    if roles.co_agents and roles.agent is not None:
        first, *rest = roles.co_agents
        roles.agent, roles.co_agents = first, [*rest, roles.agent]
