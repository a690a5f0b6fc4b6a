"""Stage 6, places: which place mentions are where something happens.

A place becomes a *scene* candidate when a locative marks it ("मास्को में", "in Moscow",
"मास्को पहुंचे"; resources/locatives.tsv). The coder then places an event at the scene
of its own clause, else at the scene the discourse is in, else at the dateline city
(see code.py). Places carry name, country, admin1 and coordinates from the gazetteer.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..data import Document, Mention, MentionAttrs, Place, Sentence, Token
from ..ner.features import COMMON_WORD_ZIPF, word_zipf
from ..resources import load_table, surface_key, word_class
from ..translit import devanagari_to_latin
from .base import Stage
from .campus import read_campuses
from .gazetteer import knowledge_base


@lru_cache(maxsize=1)
def metonyms() -> dict[str, str]:
    """Capital city name -> the country whose government it can stand for."""
    return {r["place"]: r["country"] for r in load_table("metonyms.tsv")}


@lru_cache(maxsize=1)
def locative_markers() -> tuple[dict[str, str], dict[str, str]]:
    """(markers written after a place, markers written before one) -> what they apply to."""
    rows = [r for r in load_table("locatives.tsv") if r["means"] != "destination"]
    after = {surface_key(r["marker"]): r["applies_to"] for r in rows if r["position"] == "after"}
    before = {surface_key(r["marker"]): r["applies_to"] for r in rows if r["position"] == "before"}
    return after, before


@lru_cache(maxsize=2)
def destination_markers(position: str) -> frozenset[str]:
    """Verbs of going written after a place ("टोक्यो जाएंगे", "दिल्ली आ रहे") or before one
    ("left for Washington")."""
    return frozenset(surface_key(r["marker"]) for r in load_table("locatives.tsv")
                     if r["means"] == "destination" and r["position"] == position)


def is_destination(sentence: Sentence, mention: Mention) -> bool:
    """Is the place where a trip goes: a verb of going right after it ("अमेरिका पहुंच
    चुके हैं", "रोहतक के लिए रवाना") or before it ("rushed to New Delhi")?"""
    return _marker_next_to([t.norm for t in sentence.tokens], mention,
                           destination_markers("after"), destination_markers("before"))


def _marker_next_to(norms: list[str], mention: Mention, after: frozenset[str],
                    before: frozenset[str]) -> bool:
    """Is a marker of one to three words written right after the place (past a bracketed
    gloss) or right before it?"""
    end, start = past_gloss(norms, mention.tok_end), mention.tok_start
    return any(" ".join(norms[end:end + n]) in after
               or (start >= n and " ".join(norms[start - n:start]) in before) for n in (1, 2, 3))


#: Words that may stand between a locative marker and its place: "in Khandipora area of
#: south Kashmir's Kulgam district", "अवंतीपोरा के त्राल में".
MAX_PLACE_PHRASE = 9


@lru_cache(maxsize=2)
def _markers_for(country: bool) -> tuple[frozenset[str], frozenset[str]]:
    """The markers written after and before a place that apply to it: for a country those
    that apply to any place, for another place all (made once per kind, not per mention)."""
    after_all, before_all = locative_markers()
    return (frozenset(m for m, scope in after_all.items() if scope == "any" or not country),
            frozenset(m for m, scope in before_all.items() if scope == "any" or not country))


def is_locative(sentence: Sentence, mention: Mention) -> bool:
    after, before = _markers_for(mention.kind == "country")
    tokens = sentence.tokens
    norms = [t.norm for t in tokens]
    if _seat_of_topic(norms, mention, after, before):
        return False
    if _marker_next_to(norms, mention, after, before):
        return True
    end = past_gloss(norms, mention.tok_end)
    # the marker may stand a few place-phrase words away (unknown village names included)
    for i in range(mention.tok_start - 1, max(-1, mention.tok_start - MAX_PLACE_PHRASE - 1), -1):
        if norms[i] in before:
            return True
        if not _place_phrase_word(tokens[i]):
            break
    for i in range(end, min(len(tokens), end + MAX_PLACE_PHRASE)):
        if norms[i] in after and i > end:
            return True
        if not _place_phrase_word(tokens[i]):
            break
    return False


#: The longest bracketed gloss read past between a place and its marker.
MAX_GLOSS = 6


def past_gloss(norms: list[str], end: int) -> int:
    """Where a place's marker may start: past a bracketed gloss of the name ("पूर्वी लद्दाख
    (Ladakh) में", "सीधी जिले (Sidhi district) में"), and past the closing bracket when the
    name is the gloss itself; else ``end``."""
    if end < len(norms) and norms[end] == ")":
        return end + 1
    if end < len(norms) and norms[end] == "(":
        close = next((k for k in range(end + 1, min(len(norms), end + MAX_GLOSS + 2))
                      if norms[k] == ")"), None)
        if close is not None:
            return close + 1
    return end


def _seat_of_topic(norms: list[str], mention: Mention, after: frozenset[str],
                   before: frozenset[str]) -> bool:
    """"discussed the crisis in Ukraine", "अफगानिस्तान में जारी संघर्ष पर चर्चा": the place is
    the seat of what is talked about (word class topic_noun), not the scene of the clause."""
    topics = word_class("topic_noun")
    i = mention.tok_start - 1
    if i >= 1 and norms[i] in before and norms[i - 1] in topics:
        return True
    k = mention.tok_end
    if k >= len(norms) or norms[k] not in after:
        return False
    k += 1
    while k < len(norms) and norms[k] in word_class("topic_joiner"):
        k += 1
    return k < len(norms) and norms[k] in topics


#: words between the reflexive and the mission it owns ("तेहरान में अपने देश के दूतावास को")
MISSION_REACH = 3


def seats_own_mission(sentence: Sentence, mention: Mention) -> bool:
    """"भारत ने काबुल में अपना दूतावास बंद कर दिया", "... ने तेहरान में अपने देश के दूतावास को फिर से
    खोला": a country or capital whose "में" (or "स्थित") is followed by the actor's own diplomatic
    mission or envoys (a reflexive, then a word of class diplomatic_mission) hosts them; it is
    the counterpart of what is done with them, not the scene of the act."""
    tokens = sentence.tokens
    k = mention.tok_end
    if k + 1 >= len(tokens) or tokens[k].norm not in word_class("mission_seat_marker", "hi") \
            or tokens[k + 1].norm not in word_class("reflexive", "hi"):
        return False
    missions = word_class("diplomatic_mission", "hi")
    return any(t.norm in missions for t in tokens[k + 2:k + 2 + MISSION_REACH])


def _place_phrase_word(tok) -> bool:
    return tok.norm in word_class("place_phrase_word") or (tok.script == "latn" and tok.text[:1].isupper())




def _unknown_word(tok: Token, covered: set[int], index: int, vocabulary: frozenset[str]) -> bool:
    if index in covered or tok.norm in vocabulary or tok.norm in word_class("place_phrase_word"):
        return False
    if tok.script == "deva":
        return len(tok.norm) >= 2 and (word_zipf(tok.norm) or 0) < COMMON_WORD_ZIPF
    return tok.script == "latn" and tok.text[:1].isupper()


def _governed_by_place(tokens: list[Token], mentions: list[Mention], j: int, covered: set[int],
                       vocabulary: frozenset[str]) -> bool:
    """Is the word at ``j`` governed, through के and maybe other unknown names or a
    locality noun, by a place the gazetteer knows?"""
    k = j - 1
    for _ in range(3):
        if k < 1 or tokens[k].norm not in word_class("oblique_genitive"):
            return False
        k -= 1
        if tokens[k].norm in word_class("locality_noun") or tokens[k].norm in word_class("district_noun"):
            k -= 1
        if any(m.tok_end == k + 1 and m.place is not None for m in mentions):
            return True
        if not _unknown_word(tokens[k], covered, k, vocabulary):
            return False
        k -= 1
    return False


#: English prepositions before an unknown locality ("in Khandipora area of ...")
LATIN_LOCATIVES = frozenset({"in", "at", "near"})


def find_localities(sentence: Sentence, mentions: list[Mention], vocabulary: frozenset[str],
                    home: Place | None) -> list[Mention]:
    """Villages and areas the gazetteer does not know, named next to one it knows:
    "अवंतीपोरा के त्राल में", "शोपियां जिले के केलार में", "in Khandipora area of ... Kulgam",
    "नादेर गांव में". The new place takes its country (and state) from the known one."""
    tokens = sentence.tokens
    locative_in, locality_nouns = word_class("locative_in", "hi"), word_class("locality_noun")
    # (only the few words a locality can stand at are visited: one pass in a comprehension)
    at_marker = [i for i, tok in enumerate(tokens)
                 if tok.norm in locative_in or tok.norm in LATIN_LOCATIVES]
    if not at_marker:
        return []
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    known = [m for m in mentions if m.place is not None]
    found: list[Mention] = []
    for i in at_marker:
        tok = tokens[i]
        word: int | None = None
        if tok.norm in locative_in and i >= 1:
            j = i - 1
            has_noun = tokens[j].norm in locality_nouns and j >= 1
            if has_noun:
                j -= 1
            # "नादेर गांव में" (a locality noun), or "अवंतीपोरा के त्राल में", "शोपियां जिले के
            # केलार में" (a known place governs it); any other unknown word before में is a noun
            if (has_noun or _governed_by_place(tokens, mentions, j, covered, vocabulary)) \
                    and _unknown_word(tokens[j], covered, j, vocabulary):
                word = j
        elif tok.norm in LATIN_LOCATIVES and i + 1 < len(tokens):
            j = i + 1
            if _unknown_word(tokens[j], covered, j, vocabulary) and j + 1 < len(tokens) and (
                    tokens[j + 1].norm in locality_nouns or tokens[j + 1].norm in (",", "of")):
                word = j
        if word is None:
            continue
        parent = min(known, key=lambda m: abs(m.tok_start - word), default=None)
        base = parent.place if parent is not None else home
        if base is None:
            continue
        first = word
        # "तुगलक रोड थाने में": a locality name may have two unknown words
        if first >= 1 and _unknown_word(tokens[first - 1], covered, first - 1, vocabulary) \
                and tokens[first - 1].script == tokens[word].script:
            first -= 1
        words = tokens[first:word + 1]
        tok = tokens[word]
        name = " ".join(t.text if t.script == "latn" else devanagari_to_latin(t.text) for t in words)
        if base.kind in ("city", "district", "place", "state", "region") and base.name:
            full = f"{name}, {base.name}"
        else:
            full = name
        place = Place(name=full, country=base.country, admin1=base.admin1 or (
            base.name if base.kind == "state" else None), lat=base.lat, lon=base.lon,
            kind="locality", id=None, text=" ".join(t.text for t in words),
            span=(words[0].start, tok.end))
        found.append(Mention(kind="place", tok_start=first, tok_end=word + 1, start=words[0].start,
                             end=tok.end, text=place.text, place=place,
                             attrs=MentionAttrs(locative=True, new=True)))
        covered.update(range(first, word + 1))
    return found


def find_named_settlements(sentence: Sentence, mentions: list[Mention], vocabulary: frozenset[str]
                           ) -> list[Mention]:
    """"in the Indonesian city of Bali", "the Pakistani town of Chaman": an English settlement
    noun (word class settlement_noun) after a nationality, then "of" and a capitalised word the
    gazetteer does not know, names a place of that nationality's country."""
    tokens = sentence.tokens
    settlements = word_class("settlement_noun", "en")
    # "of" after a settlement noun, the name after it: most sentences have none
    candidates = [i for i in range(2, len(tokens) - 1)
                  if tokens[i].norm == "of" and tokens[i - 1].norm in settlements]
    if not candidates:
        return []
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    nationality = {m.tok_end: m.attrs.country for m in mentions
                   if m.kind in ("adjective", "country") and m.attrs.country}
    found: list[Mention] = []
    for i in candidates:
        j = i + 1
        if i - 1 not in nationality or not _unknown_word(tokens[j], covered, j, vocabulary):
            continue
        tok = tokens[j]
        place = Place(name=tok.text, country=nationality[i - 1], kind="city", id=None,
                      text=tok.text, span=(tok.start, tok.end))
        mention = Mention(kind="place", tok_start=j, tok_end=j + 1, start=tok.start, end=tok.end,
                          text=tok.text, place=place, attrs=MentionAttrs(new=True))
        mention.attrs.locative = is_locative(sentence, mention)
        found.append(mention)
        covered.add(j)
    return found


#: The most words between an unknown place and the known one it lies in ("पुलवामा जिले में
#: अवंतीपोरा", "उत्तरकाशी में सिलक्यारा")
PARENT_REACH = 3
PARENT_KINDS = frozenset({"city", "district", "state", "region"})


def name_inside_parent(sentence: Sentence, mentions: list[Mention]) -> None:
    """A place the tagger found that the gazetteer lacks ("अवंतीपुरा", "सिलक्यारा टनल"),
    written right after the known place it lies in ("पुलवामा जिले में अवंतीपुरा इलाके में"):
    named with that place, "Awantipura, Pulwama", as localities are, so that its name says
    where it is even when its own spelling is uncertain."""
    joiners = word_class("oblique_genitive") | word_class("locative_in") \
        | word_class("district_noun") | word_class("locality_noun")
    for k, m in enumerate(mentions):
        if not (m.attrs.new and m.place is not None and m.place.lat is None):
            continue
        parent = next((p for p in reversed(mentions[:k]) if p.place is not None
                       and p.place.kind in PARENT_KINDS and p.place.lat is not None), None)
        if parent is None or parent.place is None or m.tok_start - parent.tok_end > PARENT_REACH \
                or not all(t.norm in joiners for t in sentence.tokens[parent.tok_end:m.tok_start]):
            continue
        place, base = m.place, parent.place
        m.place = replace(place, name=f"{place.name}, {base.name}", country=base.country,
                          admin1=base.admin1 or (base.name if base.kind == "state" else None),
                          lat=base.lat, lon=base.lon, kind="locality")


class Places(Stage):
    """Mark scene candidates (``mention.attrs.locative``) and add unknown localities."""

    name = "places"
    requires = ("mentions", "dates")

    def process(self, doc: Document) -> Document:
        vocabulary = knowledge_base().function_words
        capitals = metonyms()
        first_place: Place | None = None
        for s_idx, sentence in enumerate(doc.sentences):
            mentions = doc.mentions[s_idx] = read_campuses(
                sentence, doc.mentions[s_idx], vocabulary, doc.dateline_place)
            for mention in mentions:
                if mention.place is not None:
                    mention.attrs.locative = is_locative(sentence, mention)
                    mention.attrs.destination = is_destination(sentence, mention)
                    # the dateline city is where the reporter is, never an actor
                    if mention.kind == "place" and mention.place.name in capitals \
                            and not mention.attrs.dateline:
                        mention.attrs.metonym = capitals[mention.place.name]
            name_inside_parent(sentence, mentions)
            # a story with no dateline: its first place named so far stands in for it
            story = doc.dateline_place or first_place
            new = find_localities(sentence, mentions, vocabulary, story)
            if sentence.lang != "hi":
                new += find_named_settlements(sentence, mentions + new, vocabulary)
            if new:
                doc.mentions[s_idx] = sorted(mentions + new, key=lambda m: m.tok_start)
            first_place = first_place or next(
                (m.place for m in mentions if m.place is not None and m.kind == "place"), None)
        return doc
