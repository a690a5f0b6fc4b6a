"""Who is who around a predicate: the agent (actor1) and the other participants (actor2).

Hindi is read by case markers (resources/case_markers.tsv): the actor marked by ने is the
agent; with no ने the first unmarked actor of the clause is the subject; the other
participant is the nearest actor before the predicate marked by से, के साथ, को, पर, का ...
(the pattern may restrict which). A genitive reaches through the noun it governs to that
noun's marker ("सेना के काफिले पर हमला": the army is attacked; "भारत के आरोपों से इनकार":
India's charges are rejected). Actors joined by और share the role of the last one
("मंटुरोव और लावरोव के साथ" gives two partners); joined by "के बीच" they are the two sides.

English is read by word order: the subject is the nearest actor before the predicate that
no preposition governs, the other participant the first actor after (or inside) the
predicate; in the passive ("was arrested by police") the two swap; "between X and Y" gives
both sides.

Places are participants only as targets (a city shelled, a region attacked), never agents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..data import Mention, Sentence
from ..resources import load_table, surface_key
from .predicates import Match, symmetric_types

PARTICIPANT_KINDS = ("actor", "group", "country", "title", "pronoun")
GENITIVES = ("का", "की", "के")
PLACE_TARGET_MARKERS = ("पर", "को", "के खिलाफ", "के विरुद्ध")
PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "SANCTION"}  # a place can suffer these
MAX_POSSESSED = 8  # words a genitive may govern before its noun's own marker
QUANTIFIERS = frozenset({"दोनों", "तीनों", "चारों", "सभी", "सबको"})
MAX_ADVERB = 3  # words allowed after "और" before the second of two joined actors


@lru_cache(maxsize=1)
def case_markers() -> dict[str, dict[str, str]]:
    """lang -> marker -> role."""
    table: dict[str, dict[str, str]] = {}
    for row in load_table("case_markers.tsv"):
        table.setdefault(row["lang"], {})[surface_key(row["marker"])] = row["role"]
    return table


@dataclass(slots=True)
class Roles:
    agent: Mention | None = None
    others: list[Mention] = field(default_factory=list)
    speaker: Mention | None = None  # the subject of a "said that" clause above this one
    self_pair: bool = False  # both sides are one plural group ("समुदायों के बीच")


def _marker_at(norms: list[str], markers: dict[str, str]) -> tuple[str, str]:
    for n in (3, 2, 1):
        key = " ".join(norms[:n])
        if len(norms) >= n and key in markers:
            # "को भी", "से भी": the particle adds nothing to the case
            return key.removesuffix(" भी"), markers[key]
    return "", ""


TRANSPARENT = {"(", ")", "[", "]", '"'}  # "विदेश मंत्रालय (MEA) ने": brackets hide no marker


def _calendar() -> dict:
    from .dates import calendar_words  # dates imports roles lazily too

    return calendar_words()


def _norms_from(sentence: Sentence, pos: int) -> list[str]:
    return [t.norm for t in sentence.tokens[pos:pos + 6] if t.norm and t.norm not in TRANSPARENT][:3]


def _marker_after(sentence: Sentence, mention: Mention, markers: dict[str, str],
                  covered: set[int] | None = None, limit: int | None = None) -> tuple[str, str]:
    """The marker after a mention; a genitive hands over to the marker of the noun it governs
    ("सेना के काफिले पर" -> पर), at most three hops ("X के नेता के घर पर"), never into the
    predicate itself (``limit``: "अमेरिका की यात्रा पर हैं" keeps की)."""
    tokens = sentence.tokens
    limit = len(tokens) if limit is None else limit
    pos = mention.tok_end
    while pos < limit and tokens[pos].norm in QUANTIFIERS:
        pos += 1  # "भाजपा और कांग्रेस दोनों को": the quantifier stands before the marker
    if mention.kind == "group" and covered is not None and pos + 1 < limit \
            and pos not in covered and tokens[pos].script == "deva" \
            and tokens[pos].norm not in _calendar() and not _marker_at(_norms_from(sentence, pos), markers)[1] \
            and _marker_at(_norms_from(sentence, pos + 1), markers)[1] in ("obj", "agent"):
        pos += 1  # "वांछित आरोपी अरशद को": the name after the crowd word carries its marker
    if mention.data.get("from_adjective") and covered is not None and pos + 1 < limit \
            and pos not in covered and tokens[pos].script == "deva" \
            and not _marker_at(_norms_from(sentence, pos), markers)[1]:
        pos += 1  # "अमेरिकी सामानों पर": the nationality's noun carries the marker
    for _hop in range(3):
        marker, role = _marker_at(_norms_from(sentence, pos), markers)
        if marker not in GENITIVES or covered is None:
            return marker, role
        governed_marker = None
        for j in range(pos + 2, min(limit, pos + 2 + MAX_POSSESSED)):
            if any(tokens[k].script == "punct" for k in range(pos + 1, j)):
                break
            if _marker_at(_norms_from(sentence, j), markers)[1] in ("obj", "agent", "passive_agent"):
                # the governed noun is the plain word before the marker; names inside the
                # phrase only qualify it ("पाकिस्तान के नूर खान ... हवाईअड्डों को"); an actor
                # right before the marker is a participant of its own
                if j - 1 not in covered:
                    governed_marker = j
                break
        if governed_marker is None:
            return marker, role
        pos = governed_marker
    return _marker_at(_norms_from(sentence, pos), markers)


DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _marker_before(sentence: Sentence, mention: Mention, markers: dict[str, str]) -> tuple[str, str]:
    """The preposition before a mention ("by the police" -> by), determiners skipped."""
    start = mention.tok_start
    while start > 0 and sentence.tokens[start - 1].norm in DETERMINERS:
        start -= 1
    norms = [t.norm for t in sentence.tokens[max(0, start - 2):start] if t.norm]
    for n in (2, 1):
        key = " ".join(norms[-n:])
        if len(norms) >= n and key in markers:
            return key, markers[key]
    return "", ""


def clause_start(sentence: Sentence, before: int, lang: str,
                 markers: dict[str, str] | None = None) -> tuple[int, int | None]:
    """(first token of the clause that ends at token ``before``, reporting boundary or None)."""
    markers = case_markers().get(lang, {}) if markers is None else markers
    for i in range(before - 1, -1, -1):
        role = markers.get(sentence.tokens[i].norm)
        if role == "boundary":
            return i + 1, None
        if role == "reporting":
            return i + 1, i
    return 0, None


def clause_end(sentence: Sentence, after: int, markers: dict[str, str]) -> tuple[int, str]:
    """(first token after the clause that starts at ``after``, the role that ends it)."""
    for i in range(after, len(sentence.tokens)):
        role = markers.get(sentence.tokens[i].norm, "")
        if role in ("boundary", "reporting"):
            return i, role
    return len(sentence.tokens), ""


METONYM_OBJ_MARKERS = ("को", "पर", "के साथ", "के खिलाफ", "के विरुद्ध")


def _metonym_role(sentence: Sentence, mention: Mention, mark: tuple[str, str],
                  markers: dict[str, str]) -> bool:
    """A capital acts for its government as an agent (ने), as an addressee (को, के साथ...) or
    as the owner of what is rejected or condemned ("इस्लामाबाद के आरोपों को"); "दिल्ली से"
    is only where something comes from."""
    if mark[1] == "agent":
        return True
    direct = _marker_after(sentence, mention, markers, None)[0]
    return mark[1] == "obj" and (direct in GENITIVES or direct in METONYM_OBJ_MARKERS)


RELATIVE_PRONOUNS = frozenset({"who", "which"})
FINAL_PREPOSITIONS = frozenset({"against", "with", "to", "on", "at", "from", "for", "into"})


def _ends_with_preposition(match: Match) -> bool:
    last = match.pattern.elements[-1]
    return last.kind == "word" and all(len(seq) == 1 and seq[0] in FINAL_PREPOSITIONS
                                       for alts in last.by_first.values() for seq, _ in alts)


def _reported_demand(sentence: Sentence, mentions: list[Mention], match: Match,
                     markers: dict[str, str]) -> Roles:
    """"The ministry said that Iran must stop ...": the one who says it demands it (actor1)
    of the subject of "must" (actor2)."""
    before = [m for m in _participants(mentions, 0, match.token_start)
              if (not _is_place(m) or m.data.get("metonym"))
              and _marker_before(sentence, m, markers)[1] not in ("pre_obj", "pre_locative")]
    roles = Roles()
    if len(before) >= 2:
        roles.agent, roles.others = before[0], [before[-1]]
    return roles


def _inside_trigger(mention: Mention, match: Match) -> bool:
    """A group word that is the predicate's own head word ("accused", "बंधक बना")."""
    return mention.kind == "group" and match.token_start <= mention.tok_start < match.token_end \
        and mention.tok_start == match.token_start


def _is_place(mention: Mention) -> bool:
    return mention.kind == "place"


def _participants(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in mentions if (m.kind in PARTICIPANT_KINDS or _is_place(m))
            and m.tok_start >= lo and m.tok_end <= hi]


def _covered(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.tok_start, m.tok_end)}


def _coordinated(sentence: Sentence, left: Mention, right: Mention) -> bool:
    """Are two mentions joined only by a conjunction or a comma?"""
    markers = case_markers()
    between = [t for t in sentence.tokens[left.tok_end:right.tok_start] if t.norm]
    if len(between) == 2 and between[0].script == "latn" and between[0].text[:1].isupper():
        between = between[1:]  # a name's unknown last part: "Josep Borrell Fontelles, ..."
    if not between:
        return False

    def role(tok) -> str:
        return markers["hi"].get(tok.norm) or markers["en"].get(tok.norm) or ""

    if role(between[0]) != "conj":
        return False
    # "पुलिस और मुख्य रूप से प्रदर्शनकारी छात्रों": a short adverb may follow the conjunction
    rest = between[1:]
    return len(rest) <= MAX_ADVERB and all(t.script in ("deva", "latn") and role(t) in ("", "obj")
                                           for t in rest) and (not rest or between[0].norm != ",")


def hindi_roles(sentence: Sentence, mentions: list[Mention], match: Match) -> Roles:
    markers = case_markers()["hi"]
    start, reporting = clause_start(sentence, match.token_start, "hi")
    roles = Roles()
    covered = _covered(mentions)
    candidates = _participants(mentions, start, match.token_start)
    # a place's own marker only: "दिल्ली की सीमाओं पर" is at Delhi's borders, not against Delhi
    marks = [_marker_after(sentence, m, markers,
                           None if _is_place(m) and not m.data.get("metonym") else covered,
                           match.token_start)
             for m in candidates]
    for i, m in enumerate(candidates):
        # उन्हें / उनसे / उसे carry their case in the word itself
        if m.kind == "pronoun" and not marks[i][1] and m.data.get("case"):
            marks[i] = (m.data["case"], "obj")
    # actors joined by "और" share the marker of the last of them
    for i in range(len(candidates) - 2, -1, -1):
        if marks[i][1] == "conj" and _coordinated(sentence, candidates[i], candidates[i + 1]):
            marks[i] = marks[i + 1]
    # a place is a target only when attacked/raided/...: never an agent, never "में"
    place_targets = match.pattern.type in PLACE_TARGET_TYPES
    keep = [(m, mk) for m, mk in zip(candidates, marks)
            if not _is_place(m) or (place_targets and mk[0] in PLACE_TARGET_MARKERS)
            or (m.data.get("metonym") and _metonym_role(sentence, m, mk, markers))]
    passive = "passive" in match.pattern.flags
    candidates = [m for m, _ in keep]
    marks = [mk for _, mk in keep]

    between = [m for m, (marker, _) in zip(candidates, marks) if marker == "के बीच"]
    if len(between) == 1 and between[0].kind == "group" and \
            match.token_start - between[0].tok_end <= 4 and \
            not any(role == "agent" for _, role in marks):
        # "दो समुदायों के बीच झड़प": one crowd word names both sides
        roles.agent, roles.others, roles.self_pair = between[0], [between[0]], True
        return roles
    nominal = match.pattern.nominal
    subject_before_pair = bool(between) and any(
        not role and not _is_place(m) and m.tok_end <= between[0].tok_start
        for m, (_, role) in zip(candidates, marks))
    # a noun predicate names its sides only right after them ("X और Y के बीच बातचीत"), not
    # from a "के बीच" elsewhere ("X और Y के बीच तनाव के बीच मोदी ने ... बात की")
    pair_next_to_trigger = bool(between) and match.token_start - between[-1].tok_end <= 6 \
        and not any(role == "agent" and m.tok_start > between[-1].tok_start
                    for m, (_, role) in zip(candidates, marks))
    if len(between) >= 2 and pair_next_to_trigger and (
            nominal or not any(role == "agent" for _, role in marks) and not subject_before_pair):
        # "X और Y के बीच शिखर बैठक": a meeting noun names its own two sides
        roles.agent, roles.others = between[0], between[1:]
        return roles

    for mention, (_, role) in zip(candidates, marks):
        if _is_place(mention) and not (mention.data.get("metonym") and role == "agent"):
            continue
        if role == "agent" or (mention.kind == "pronoun" and mention.data.get("role") == "agent"
                               and not role):
            roles.agent = roles.agent or mention
    passive = "passive" in match.pattern.flags
    allowed = match.pattern.target_markers
    others: list[Mention] = []
    for mention, (marker, role) in reversed(list(zip(candidates, marks))):
        if mention is roles.agent or role == "locative":
            continue
        if role == "passive_agent" and not _is_place(mention):
            if roles.agent is None:
                roles.agent = mention
                continue
            # with a ने-agent, "X द्वारा की गई आलोचना को खारिज किया": X authored the object
            marker, role = "द्वारा", "obj"
        if role == "obj" and (allowed is None or marker in allowed or marker in ("के बीच", "द्वारा")):
            if others and not _coordinated(sentence, mention, others[-1]):
                break
            others.append(mention)
        elif others:
            break
    roles.others = list(reversed(others))

    if roles.agent is None:
        unmarked = [m for m, (_, role) in zip(candidates, marks)
                    if not role and not _is_place(m) and m not in roles.others]
        if passive:
            # "दो संदिग्ध आतंकी गिरफ्तार किए गए": the subject nearest the verb is the target
            if not roles.others and unmarked:
                roles.others = [unmarked[-1]]
        elif unmarked:
            roles.agent = unmarked[0]
    if not roles.others:
        # "राहत सामग्री जमैका और क्यूबा भेजी गई": bare destinations inside the predicate
        inside = [m for m in _participants(mentions, match.token_start + 1, match.token_end)
                  if not _is_place(m) and _marker_after(sentence, m, markers, covered)[1]
                  not in ("agent", "passive_agent")]
        for mention in inside:
            if not roles.others or _coordinated(sentence, roles.others[-1], mention):
                roles.others.append(mention)
    if roles.agent is None and roles.others:
        # "देउबा की मोदी से वार्ता होगी": a genitive before the partner owns the noun predicate
        first_other = min(m.tok_start for m in roles.others)
        for mention in candidates:
            direct = _marker_after(sentence, mention, markers, None)[0]
            if mention.tok_end <= first_other and direct in GENITIVES and \
                    mention not in roles.others and not _is_place(mention):
                roles.agent = mention
                break
    if roles.agent is None and not passive:
        # "मुठभेड़ में लश्कर के तीन आतंकी मारे गए": the subject may follow an adverbial phrase
        end, _ = clause_end(sentence, match.token_end, markers)
        for mention in _participants(mentions, match.token_end, end):
            if not _is_place(mention) and not _marker_after(sentence, mention, markers, covered)[1]:
                roles.agent = mention
                break
    if roles.agent is not None and not roles.others and match.pattern.type in symmetric_types():
        # "भारत और जापान ने समझौते पर हस्ताक्षर किए": the second of joined agents is the partner
        idx = candidates.index(roles.agent)
        partners: list[Mention] = []
        for nxt in candidates[idx + 1:]:
            if marks[candidates.index(nxt)] == marks[idx] and _coordinated(
                    sentence, (partners or [roles.agent])[-1], nxt):
                partners.append(nxt)
        roles.others = partners
    if reporting is not None and (roles.agent is None or roles.agent.kind == "pronoun"):
        for mention in _participants(mentions, 0, reporting):
            marker, role = _marker_after(sentence, mention, markers, covered)
            if role == "agent" or (mention.kind == "pronoun" and mention.data.get("role") == "agent"):
                roles.speaker = mention
                break
        if roles.agent is not None and roles.speaker is not None:
            # "मंत्रालय ने कहा कि वह ... सराहना करता है": "वह" is the speaker
            roles.agent = roles.speaker
    return roles


def english_roles(sentence: Sentence, mentions: list[Mention], match: Match,
                  next_start: int) -> Roles:
    markers = case_markers()["en"]
    if "speaker_agent" in match.pattern.flags:
        return _reported_demand(sentence, mentions, match, markers)
    start, reporting = clause_start(sentence, match.token_start, "en")
    roles = Roles()
    before = [m for m in _participants(mentions, start, match.token_start)
              if not _is_place(m) or m.data.get("metonym")]
    # "led the Indian delegation": a nationality inside the predicate qualifies its noun;
    # "accused" the verb is not "the accused"
    after = [m for m in _participants(mentions, match.token_start + 1, next_start)
             if not (m.data.get("from_adjective") and m.tok_end <= match.token_end)
             and not _inside_trigger(m, match)
             and not (m.kind == "pronoun" and m.data.get("role") == "agent")]  # he/it: subjects
    # stop the object search at the next clause boundary
    bounded: list[Mention] = []
    for mention in after:
        between = [t.norm for t in sentence.tokens[match.token_end:mention.tok_start]]
        if any(markers.get(w) in ("boundary", "reporting") for w in between):
            break
        bounded.append(mention)
    after = bounded
    passive = "passive" in match.pattern.flags
    subjects = [m for m in before if _marker_before(sentence, m, markers)[1]
                not in ("pre_obj", "pre_locative", "passive_agent")]
    if not subjects and start > 0 and sentence.tokens[start - 1].norm in RELATIVE_PRONOUNS:
        # "Wang Yi, who arrived last evening, met Doval": the subject stands before "who"
        outer, _ = clause_start(sentence, start - 1, "en")
        subjects = [m for m in _participants(mentions, outer, start - 1) if not _is_place(m)
                    and _marker_before(sentence, m, markers)[1] not in ("pre_obj", "pre_locative")]
    if not subjects:
        # "Russian attacks on Kyiv", "Pakistani shelling": the nationality is the attacker
        subjects = [m for m in mentions if m.data.get("from_adjective")
                    and m.tok_end == match.token_start]
    objects = [m for m in after
               if m.tok_start <= match.token_end  # right after or inside the predicate
               or _marker_before(sentence, m, markers)[1] != "pre_locative"]
    if _ends_with_preposition(match):
        # "lodged a complaint with the ECI against Amit Shah": the final preposition's object
        objects.sort(key=lambda m: m.tok_start < match.token_end)
    visit = match.pattern.mode == "visit"
    objects = [m for m in objects if not _is_place(m) or (
        m.tok_start <= match.token_end + 1 and (match.pattern.type in PLACE_TARGET_TYPES
                                                or m.data.get("metonym") or visit))]
    if passive:
        # "was arrested by police", "was killed in an encounter with security forces"
        by = [m for m in after if not _is_place(m) and (
            _marker_before(sentence, m, markers)[1] == "passive_agent"
            or m.tok_start == match.token_end)]
        roles.agent = by[0] if by else None
        if subjects:
            roles.others = [subjects[-1]]
        return roles
    if subjects:
        roles.agent = subjects[-1]
        # "India and Russia signed ..." : the first of two joined subjects is the agent
        idx = before.index(subjects[-1]) if subjects[-1] in before else 0
        if idx > 0 and _coordinated(sentence, before[idx - 1], subjects[-1]) and not objects:
            roles.agent = before[idx - 1]
            roles.others = [subjects[-1]]
            return roles
    if objects:
        roles.others = [objects[0]]
        for mention in objects[1:]:
            if _coordinated(sentence, roles.others[-1], mention):
                roles.others.append(mention)
            else:
                break
    if roles.agent is None and len(roles.others) >= 2:
        # "clashes between police and protesters": the two sides
        roles.agent, roles.others = roles.others[0], roles.others[1:]
    if roles.agent is None and reporting is not None:
        for mention in _participants(mentions, 0, reporting):
            if not _is_place(mention):
                roles.speaker = mention
    return roles
