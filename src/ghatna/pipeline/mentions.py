"""Stage 4, mentions: actors, places, titles, groups and pronouns in every sentence.

Surface forms come from the gazetteer (leftmost-longest, whole tokens). Then mentions are
composed the way news writes them:

- a nationality before a title, group or organisation gives its country
  ("रूसी विदेश मंत्री", "Russian troops", "रूस के प्रथम उप प्रधानमंत्री", "India's ...");
- a title before a known person is absorbed into the person ("राष्ट्रपति पुतिन");
- a title before an unknown name makes a new person actor, named by transliteration, with
  the title's sector and the nationality's country ("विदेश मंत्री सर्गेई लावरोव");
- a title with no name stays a ``title`` mention; the coder resolves it through the
  offices table once it knows the event date ("India के विदेश मंत्री" on 2025-08-19);
- a country or state before a generic group names it ("पंजाब सरकार", "पाकिस्तानी सेना").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate

from ..data import (
    Actor,
    ActorKind,
    Document,
    Mention,
    MentionAttrs,
    Place,
    Sentence,
    Token,
    span_tokens,
)
from ..ner.features import COMMON_WORD_ZIPF, word_zipf
from ..ner.tagger import default_tagger
from ..ontology import sector_group
from ..resources import load_table, surface_key, word_class
from .appositions import (
    fold_appositions,
    fold_bracketed_copies,
    fold_owners_after_titles,
    fold_units_of_forces,
)
from .attribution import mark_sources, mark_topics
from .base import Stage
from .calendar_words import calendar_words
from .centre import add_bare_centre, names_a_centre
from .clauses import both_languages, grammar_words
from .gazetteer import Entry, KnowledgeBase, devanagari_letter_names, knowledge_base
from .latin_orgs import add_latin_organisations, link_acronyms
from .name_links import MAX_ENGLISH_ZIPF, link_name_parts
from .name_variants import resolve_variants
from .namesakes import is_initial_letter, latin_name, split_namesakes
from .pair_refs import drop_qualifying_pairs
from .predicates import english_verb_words
from .romanlex import english_frequency

MAX_NAME_TOKENS = 3
MAX_TITLE_GAP = 2  # "रूस के [प्रथम उप] प्रधानमंत्री": words allowed between genitive and title


class Mentions(Stage):
    """Fill ``doc.mentions`` (one list per sentence, in token order)."""

    name = "mentions"
    requires = ("langtag",)

    def process(self, doc: Document) -> Document:
        kb = knowledge_base()
        doc.mentions = [find_mentions(sentence, kb) for sentence in doc.sentences]
        home = _dateline_country(doc)
        other_centre = False  # a story about a health or polling centre calls it bare too
        for s_idx, sentence in enumerate(doc.sentences):
            if sentence.lang == "hi":
                found = add_entities(sentence, doc.mentions[s_idx], kb, home)
                other_centre = other_centre or names_a_centre(sentence, found)
                doc.mentions[s_idx] = found if other_centre \
                    else add_bare_centre(sentence, found, kb)
            doc.mentions[s_idx] = fold_appositions(sentence, resolve_variants(
                add_latin_organisations(sentence, doc.mentions[s_idx], home), kb))
        link_acronyms(doc)
        link_name_parts(doc, kb)
        doc.mentions = [fold_bracketed_copies(sentence, mentions)
                        for sentence, mentions in zip(doc.sentences, doc.mentions)]
        for sentence, mentions in zip(doc.sentences, doc.mentions):
            mark_sources(sentence, mentions)
            mark_topics(sentence, mentions)
            sentence.in_names = frozenset(i for m in mentions if m.kind == "actor"
                                          for i in range(m.tok_start, m.tok_end))
        return doc


def find_mentions(sentence: Sentence, kb: KnowledgeBase) -> list[Mention]:
    """All mentions of one sentence after composition."""
    raw = match_gazetteer(sentence, kb)
    return compose(sentence, raw, kb)


def match_gazetteer(sentence: Sentence, kb: KnowledgeBase) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """Leftmost-longest gazetteer matches as (first token, end token, entries)."""
    tokens = sentence.tokens
    kept = [i for i, tok in enumerate(tokens) if tok.norm]
    pieces = [tokens[i].norm for i in kept]
    # where each piece starts in the text (it starts with a framing space, one between
    # pieces): piece k runs from starts[k] to starts[k + 1] - 1
    starts = list(accumulate([len(piece) + 1 for piece in pieces], initial=1))
    text = " " + " ".join(pieces) + " "
    found: list[tuple[int, int, tuple[Entry, ...]]] = []
    for end, key, entries in kb.matches(text):
        start = end - len(key) - 1  # position of the framing space before the key
        hit = hit_tokens(starts, kept, start + 1, end)
        if hit is None:
            continue
        first, last = hit
        while last < len(tokens) and not tokens[last].norm:
            last += 1  # "Prime Minister" read as one Hindi word: the mention covers both
        if any(e.exact for e in entries):
            written = " ".join(t.text for t in tokens[first:last] if t.norm)
            entries = tuple(e for e in entries if e.exact is None or e.exact == written)
            if not entries:
                continue
        found.append((first, last, entries))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    chosen: list[tuple[int, int, tuple[Entry, ...]]] = []
    taken_until = -1
    for first, last, entries in found:
        if first >= taken_until:
            chosen.append((first, last, entries))
            taken_until = last
    return chosen


def hit_tokens(starts: list[int], kept: list[int], begin: int, end: int) -> tuple[int, int] | None:
    """(first token, end token) of a key found from text position ``begin`` to ``end``, or None
    unless it begins and ends with whole pieces (piece k, token ``kept[k]``, runs from
    ``starts[k]`` to ``starts[k + 1] - 1``). Found by bisection: a sentence has a few hits, so
    this is cheaper than a table of every piece's start and end."""
    at = bisect_left(starts, begin)
    after = bisect_left(starts, end + 1)
    if at < len(kept) and starts[at] == begin and 0 < after <= len(kept) \
            and starts[after] == end + 1:
        return kept[at], kept[after - 1] + 1
    return None


def _named_states(raw: list[tuple[int, int, tuple[Entry, ...]]]) -> frozenset[str]:
    """The states (and provinces) a sentence names."""
    return frozenset(entries[0].place.name for _, _, entries in raw
                     if entries[0].kind == "place" and entries[0].place is not None
                     and entries[0].place.kind == "state")


def _in_named_state(entries: tuple[Entry, ...], states: frozenset[str]) -> Entry:
    """"Chhattisgarh's Bijapur district", "छत्तीसगढ़ के ... बीजापुर जिले में": of places that
    share a name, the one in a state the sentence names, not the biggest one (Vijayapura in
    Karnataka, once Bijapur too). A territory named like its own city (Delhi, Chandigarh,
    Puducherry) names itself, so the city is read: where events happen."""
    first = entries[0]
    if first.kind != "place" or first.place is None or first.place.admin1 in states:
        return first
    return next((e for e in entries[1:] if e.kind == "place" and e.place is not None
                 and e.place.admin1 in states and e.place.kind != "state"), first)


def compose(sentence: Sentence, raw: list[tuple[int, int, tuple[Entry, ...]]],
            kb: KnowledgeBase) -> list[Mention]:
    tokens = sentence.tokens
    mentions: list[Mention] = []
    states = _named_states(raw)
    for first, last, entries in raw:
        entry = _in_named_state(entries, states) if states else entries[0]
        if entry.kind == "ignore":
            # a phrase that contains an entity word but is none ("social media", "बंगाल की
            # खाड़ी"): the learned tagger may not read a word of it as a name either
            sentence.not_entities = sentence.not_entities | frozenset(range(first, last))
            continue
        start, end = tokens[first].start, tokens[last - 1].end
        text = " ".join(t.text for t in tokens[first:last])
        mention = Mention(kind=entry.kind, tok_start=first, tok_end=last, start=start, end=end,
                          text=text)
        if entry.kind in ("actor", "group", "country"):
            mention.actor = _copy_actor(entry.actor, text, (start, end))
        if entry.kind in ("place", "country") and entry.place is not None:
            # the gazetteer's place, with the words that named it here (location.text)
            mention.place = entry.place.spanning(text, (start, end))
        if entry.kind == "adjective":
            mention.attrs.country = entry.country
        if entry.kind == "title":
            mention.attrs.office, mention.attrs.sector = entry.role, entry.sector
            mention.attrs.country = entry.country  # "Union Home Minister": India's
        if entry.kind == "pronoun":
            mention.attrs.pronoun_role = entry.role
            mention.attrs.number = entry.number
            mention.attrs.pair = entry.pair
            if entry.case:
                mention.attrs.case = entry.case
        mentions.append(mention)

    mentions = fold_bracketed_copies(sentence, drop_qualifying_pairs(
        tokens, _drop_verbs_after_names(tokens, mentions)))
    _mark_former(tokens, mentions)
    mentions = _apply_nationality(tokens, mentions)
    if sentence.lang == "en":
        mentions = fold_units_of_forces(tokens, fold_owners_after_titles(tokens, mentions))
    _share_title(tokens, mentions, kb)
    _share_head_noun(tokens, mentions, kb)
    mentions, first_names = _free_first_names(tokens, mentions, kb)
    mentions = _attach_titles(sentence, mentions, kb)
    mentions = _merge_possessors(tokens, mentions)
    _adjectives_as_countries(tokens, mentions, kb)
    _people_from_places(tokens, mentions)
    people = find_people(sentence, mentions, kb, first_names)
    if people:
        mentions = sorted(mentions + people, key=lambda m: m.tok_start)
    mentions = _fold_affiliations(tokens, mentions)
    return _fold_cues(tokens, split_namesakes(tokens, mentions), kb) if people \
        else split_namesakes(tokens, mentions)


MAX_PERSON_TOKENS = 4
MAX_BRACKETED = 3  # tokens of a bracketed gloss after an organisation ("BKU (Charuni)")


def _fold_affiliations(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"भाजपा अध्यक्ष जेपी नड्डा", "BJP chief JP Nadda", "BKU (Charuni) president Gurnam Singh
    Charuni": an organisation, a role word (word class affiliation_role) and a person's name
    are one person; the organisation only says whose, so "A और भाजपा अध्यक्ष B" joins A and B."""
    roles = word_class("affiliation_role")
    out: list[Mention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == mention.kind == "actor" and prev.actor is not None \
                and mention.actor is not None and prev.actor.kind == "org" \
                and mention.actor.kind == "person" \
                and _role_gap(tokens[prev.tok_end:mention.tok_start], roles):
            span_tokens(mention, tokens, prev.tok_start, mention.tok_end)
            mention.attrs.qualifiers.append(prev)
            out[-1] = mention
            continue
        out.append(mention)
    return out


def _role_gap(gap: list[Token], roles: frozenset[str]) -> bool:
    """One role word, after at most a short bracketed gloss of the organisation."""
    words = _past_gloss([t for t in gap if t.norm])
    return len(words) == 1 and words[0].norm in roles


def _past_gloss(words: list[Token]) -> list[Token]:
    """The words after a short bracketed gloss that opens them ("(आप) के", "(Charuni)
    president"): a party's short name between it and what it governs."""
    if len(words) >= 3 and words[0].text == "(" and ")" in (t.text for t in words):
        close = next(k for k, t in enumerate(words) if t.text == ")")
        return words[close + 1:] if close <= MAX_BRACKETED + 1 else words
    return words


def find_people(sentence: Sentence, mentions: list[Mention], kb: KnowledgeBase,
                first_names: frozenset[int] = frozenset()) -> list[Mention]:
    """People the knowledge base does not know, recognised by their name parts
    (resources/person_names.tsv): "रमेश कुमार शर्मा ने", "श्री अनिल ने", "Ramesh Kumar said".
    A run of name-like words counts when it has two words one of which is a known given name or
    surname, or one word after an honorific. ``first_names``: tokens of place names that open a
    person's name here (:func:`_free_first_names`)."""
    tokens = sentence.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    name_part = kb.name_parts.get
    # (a known name part, or else only a capitalised Latin word, may be name-like: no call
    # for most words; _name_like needs the capital of a word that is no name part)
    like = [i in first_names or (i not in covered and (
        name_part(t.norm) in NAME_PARTS
        or (t.script == "latn" and t.text[:1].isupper() and _name_like(t, kb))))
            for i, t in enumerate(tokens)]
    # where each person named so far ends, and whether they were named inside a list ("X, Y")
    person_ends = {m.tok_end: False for m in mentions
                   if m.actor is not None and m.actor.kind == "person"}
    found: list[Mention] = []
    i = next_true(like, 0)
    while i < len(tokens):
        if not like[i]:
            # (straight to the next name-like word: most words are none)
            i = next_true(like, i)
            continue
        j = i
        while j < len(tokens) and j - i < MAX_PERSON_TOKENS and like[j]:
            j += 1
        if j - i >= 2 and _capitalised_by_position(tokens, i, kb):
            i += 1  # the name, if any, starts after the sentence's first word
            continue
        parts = [kb.name_parts.get(t.norm, "") for t in tokens[i:j]]
        honorific = i > 0 and kb.name_parts.get(tokens[i - 1].norm) == "honorific"
        known = sum(p in ("given", "surname") for p in parts)
        if (j - i >= 2 and known >= 1 and parts[0] in ("given", "surname", "")
                and (parts[0] == "given" or parts[-1] == "surname")) or (honorific and known) \
                or _cued_latin_name(tokens, i, j, kb, person_ends):
            person_ends[j] = i > 1 and tokens[i - 1].norm == "," and i - 1 in person_ends
            run = tokens[i:j]
            text = " ".join(t.text for t in run)
            actor = Actor(name=latin_name(run), id=None, country=None, sector=None,
                          kind="person", text=text, span=(run[0].start, run[-1].end))
            found.append(Mention(kind="actor", tok_start=i, tok_end=j, start=run[0].start,
                                 end=run[-1].end, text=text, actor=actor, attrs=MentionAttrs(new=True)))
        i = max(j, i + 1)
    return found


FIRST_NAME_PLACES = ("city", "country")  # "Anand", "Sagar", "Bharat": given names too; a state is not


def _opens_a_name(tokens: list[Token], mention: Mention, covered: set[int],
                  kb: KnowledgeBase) -> bool:
    """"Police arrested Bharat Singh", "पुलिस ने अजमेर सिंह को ...": a one-word city or country
    name right before name-like words that end in a known surname is the person's given name.
    The words after it must be free (no mention of their own) and the run must end there."""
    if mention.kind not in ("place", "country") or mention.place is None \
            or mention.place.kind not in FIRST_NAME_PLACES \
            or mention.tok_end != mention.tok_start + 1:
        return False
    before = mention.tok_start - 1
    if before >= 0 and before not in covered and tokens[before].script == "latn" \
            and tokens[before].text[:1].isupper():
        return False  # inside a longer name no list knows (a title before it is fine)
    end = mention.tok_end
    while end < min(len(tokens), mention.tok_start + MAX_PERSON_TOKENS) and end not in covered \
            and (kb.name_parts.get(tokens[end].norm) in NAME_PARTS
                 or (tokens[end].script == "latn" and tokens[end].text[:1].isupper()
                     and _name_like(tokens[end], kb))):
        end += 1
    if end == mention.tok_end or kb.name_parts.get(tokens[end - 1].norm) != "surname":
        return False
    return end == len(tokens) or end not in covered or tokens[end].script == "punct"


def _place_opens_latin_name(tokens: list[Token], place: Mention | None, begin: int) -> bool:
    """Is ``place`` a one-word city or country name at ``begin`` that a capitalised Latin word
    follows (the rest of a name, read by _unknown_name_end)?"""
    return place is not None and place.tok_start == begin and place.tok_end == begin + 1 \
        and place.kind in ("place", "country") and place.place is not None \
        and place.place.kind in FIRST_NAME_PLACES and tokens[begin].script == "latn" \
        and begin + 1 < len(tokens) and tokens[begin + 1].script == "latn" \
        and tokens[begin + 1].text[:1].isupper()


def _free_first_names(tokens: list[Token], mentions: list[Mention], kb: KnowledgeBase
                      ) -> tuple[list[Mention], frozenset[int]]:
    """The mentions without the place names that open a person's name (:func:`_opens_a_name`),
    and those names' tokens, for :func:`find_people`."""
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    freed = [m for m in mentions if _opens_a_name(tokens, m, covered, kb)]
    if not freed:
        return mentions, frozenset()
    return [m for m in mentions if m not in freed], frozenset(m.tok_start for m in freed)


def _fold_cues(tokens: list[Token], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"activist Anna Hazare", "the mayor's wife Jasmine Akhtar": a new person named right after
    an apposition cue is who the phrase is about. The cue's group gives the person its sector and
    is no participant of its own, nor is the possessor before the cue ("the mayor's")."""
    dropped: set[int] = set()
    for idx, person in enumerate(mentions):
        cue = person.tok_start - 1
        if not person.attrs.new or person.actor is None or cue < 0 \
                or kb.name_parts.get(tokens[cue].norm) != "cue":
            continue
        for k in range(idx - 1, -1, -1):
            other = mentions[k]
            if other.tok_end == person.tok_start and other.kind == "group" and other.actor:
                person.actor = replace(person.actor, sector=other.actor.sector,
                                       country=other.actor.country)
                dropped.add(k)
            elif other.tok_end <= cue and [t.norm for t in tokens[other.tok_end:cue]] in (
                    ["'", "s"], ["'s"], ["'"]):
                dropped.add(k)  # the possessor qualifies the person
            elif other.tok_end <= cue:
                break
    return [m for k, m in enumerate(mentions) if k not in dropped]


def _cued_latin_name(tokens: list[Token], i: int, j: int, kb: KnowledgeBase,
                     person_ends: dict[int, bool]) -> bool:
    """"wife Jasmine Akhtar", "activist Anna Hazare", "Aryan Khan, Munmun Dhamecha and Arbaaz
    Merchant": capitalised Latin words right after an honorific or an apposition cue
    (person_names.tsv, part ``cue``), or in a list of people (after a comma that follows a
    person, or after "and" that follows a person named in the list) name a person, known name
    parts or not. A lone word must be no everyday English word, and the name must end its phrase
    (punctuation, a grammatical word, a lower-case word or the end)."""
    cued = i > 0 and kb.name_parts.get(tokens[i - 1].norm) in ("honorific", "cue")
    before = tokens[i - 1].norm if i > 1 else ""
    listed = i - 1 in person_ends and (before == "," or (before == "and" and person_ends[i - 1]))
    if not (cued or listed):
        return False
    run = tokens[i:j]
    if kb.name_parts.get(run[0].norm) in ("honorific", "cue") \
            or not all(t.script == "latn" and t.text[:1].isupper() for t in run):
        return False
    if len(run) == 1 and english_frequency().get(run[0].norm, 0.0) > MAX_ENGLISH_ZIPF:
        return False
    follower = tokens[j] if j < len(tokens) else None
    return follower is None or follower.script == "punct" or follower.norm in grammar_words() \
        or (follower.script == "latn" and not follower.text[:1].isupper())


def _capitalised_by_position(tokens: list[Token], i: int, kb: KnowledgeBase) -> bool:
    """"Later Nath met ...": a sentence's first word is capitalised whatever it is, so an
    everyday English word there starts no name (a rare one, "Jasmine", still may)."""
    tok = tokens[i]
    if tok.script != "latn" or kb.name_parts.get(tok.norm) in ("given", "surname"):
        return False
    if i > 0 and tokens[i - 1].script != "punct":
        return False
    return english_frequency().get(tok.norm, 0.0) > MAX_ENGLISH_ZIPF


NAME_PARTS = ("given", "surname")  # the parts of a name (not "honorific")


def next_true(flags: list[bool], start: int) -> int:
    """The first index from ``start`` whose flag is true, or ``len(flags)`` (the scan in C)."""
    try:
        return flags.index(True, start)
    except ValueError:
        return len(flags)


def _name_like(tok: Token, kb: KnowledgeBase) -> bool:
    if kb.name_parts.get(tok.norm) in NAME_PARTS:
        return True
    if tok.script != "latn":
        return False  # (most words: no word-list look-ups)
    if tok.norm in kb.function_words or tok.norm in grammar_words():
        return False
    # an English word capitalised mid-text may be a given name ("Jasmine Akhtar"); the run
    # still needs a known name part, and a word of the calendar is never one
    return tok.text[:1].isupper() and surface_key(tok.text) not in calendar_words()


def _merge_possessors(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"कांग्रेस के कई नेताओं", "इमरान खान के समर्थकों", "सेना के जवानों": an unnamed group
    governed by a named actor is that actor acting (its members, supporters, soldiers)."""
    out: list[Mention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        if mention.kind == "group" and prev is not None and prev.actor is not None \
                and prev.kind in ("actor", "country", "group"):
            gap = _past_gloss([t for t in tokens[prev.tok_end:mention.tok_start] if t.norm])
            if not gap and (prev.kind == "group" or (prev.kind == "actor"
                                                      and prev.actor.kind == "org")) \
                    and _english_verb(tokens, mention):
                # "The Congress accused ...", "Farmers accused the police": the verb, not a
                # group of accused
                continue
            if not gap and prev.kind == "actor" and prev.actor.kind == "org":
                # "ईडी अधिकारियों ने", "आसियान नेताओं से": the organisation acting
                span_tokens(prev, tokens, prev.tok_start, mention.tok_end)
                continue
            if prev.kind == "group" and _speaks_for(tokens, gap, mention):
                # "छात्र नेताओं", "farmer leaders", "farmers' unions": the leaders or the
                # union of a crowd act for that crowd, not as party politicians or workers
                span_tokens(prev, tokens, prev.tok_start, mention.tok_end)
                continue
            if not gap and prev.kind == "group" and not _opposed(prev, mention):
                # "आंदोलनकारी किसानों", "संदिग्ध आतंकी": two crowd words are one crowd, named
                # by the last (the head noun; the first qualifies it)
                span_tokens(mention, tokens, prev.tok_start, mention.tok_end)
                _accused_crowd(prev, mention)
                out[-1] = mention
                continue
            if prev.kind == "group" and len(gap) >= 2 and gap[1].norm in word_class("possessive") \
                    and gap[0].script == "deva" and gap[0].norm not in grammar_words():
                gap = gap[1:]  # "छात्र आंदोलन के नेताओं": the students' movement's leaders
            # "X के खिलाफ प्रदर्शनकारी": a genitive that opens a compound postposition
            # (against, with, towards) governs no noun: the group is not X's members
            # "जवानों की नक्सलियों से मुठभेड़": a genitive between opposed sides belongs to
            # the noun after them (the soldiers' encounter), not to the second group
            if gap and gap[0].norm in word_class("genitive") and len(gap) <= MAX_TITLE_GAP + 1 and all(
                    t.script in ("deva", "digit") and t.norm not in grammar_words()
                    for t in gap[1:]) and not _holds_member_noun(gap[1:]) \
                    and not _holds_said_noun(gap[1:]) \
                    and not (prev.kind == "group" and _opposed(prev, mention)):
                merged = Mention(kind=prev.kind if prev.kind != "country" else "actor",
                                 tok_start=prev.tok_start, tok_end=mention.tok_end,
                                 start=prev.start, end=mention.end,
                                 text=" ".join(t.text for t in tokens[prev.tok_start:mention.tok_end]),
                                 actor=prev.actor, attrs=replace(
                                     prev.attrs,
                                     members=mention.actor.name if mention.actor else None))
                if prev.kind == "country" and mention.actor is not None:
                    # "भारत के जवानों" -> Indian soldiers: the group, with the country
                    merged.kind = "group"
                    merged.actor = _copy_actor(mention.actor, merged.text, (merged.start, merged.end))
                    if merged.actor is not None:
                        merged.actor.country = prev.actor.country
                out[-1] = merged
                continue
        out.append(mention)
    return out


def _speaks_for(tokens: list[Token], gap: list[Token], head: Mention) -> bool:
    """Whether ``head``, right after a crowd word (or after its English possessive, "farmers'
    unions"), is a word for those who speak for a crowd (word class ``representative_noun``:
    leaders, unions, delegates)."""
    if gap and not (gap[0].norm == "'" and len(gap) <= 2
                    and all(t.norm in ("'", "s") for t in gap)):
        return False
    last = tokens[head.tok_end - 1].norm
    return head.tok_end - head.tok_start == 1 and last in word_class("representative_noun")


def _accused_crowd(qualifier: Mention, crowd: Mention) -> None:
    """"आरोपी अधिकारी", "accused officials": people qualified as accused or criminals are
    that, whatever their trade (an armed or security group keeps its own sector)."""
    q, head = qualifier.actor, crowd.actor
    if q is None or head is None or q.sector != "CRM" or head.sector in (None, "CRM", "REB") \
            or head.sector in sector_group("security"):
        return
    crowd.actor = replace(head, name=f"{q.name} {head.name}", sector="CRM")


def _drop_verbs_after_names(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"India and China accused each other": a group word that is also an English verb, right
    after a country or person, is their verb ("the accused", "three accused" stay groups)."""
    def names_a_subject(prev: Mention) -> bool:
        # an organisation's verb is handled where it would merge ("Congress accused")
        return prev.kind == "country" or (prev.kind == "actor" and prev.actor is not None
                                          and prev.actor.kind != "org")

    return [m for i, m in enumerate(mentions) if not (
        m.kind == "group" and _english_verb(tokens, m) and (
            _after_auxiliary(tokens, m.tok_start) or (
                i > 0 and mentions[i - 1].tok_end == m.tok_start
                and names_a_subject(mentions[i - 1]))))]


def _after_auxiliary(tokens: list[Token], at: int) -> bool:
    """"Pakistan has accused India", "he was also accused": a form of "have" or "be" (adverbs
    such as "also" between) makes the word after it a verb."""
    adverbs = word_class("passive_adverb")
    k = at - 1
    while k >= 0 and tokens[k].norm in adverbs:
        k -= 1
    return k >= 0 and (tokens[k].norm in word_class("perfect_auxiliary")
                       or tokens[k].norm in word_class("passive_auxiliary"))


def _english_verb(tokens: list[Token], mention: Mention) -> bool:
    """"The Congress accused the BJP": a group word that is also an English verb form, right
    after an organisation, is the organisation's verb, not its members ("Congress workers")."""
    return mention.tok_end - mention.tok_start == 1 and tokens[mention.tok_start].script == "latn" \
        and tokens[mention.tok_start].norm in english_verb_words()


def _opposed(first: Mention, second: Mention) -> bool:
    """"पुलिस आरोपी से पूछताछ कर रही है": the police and the accused side by side (an
    unmarked subject before its object) are two parties, not one crowd."""
    sectors = {first.actor.sector if first.actor else None,
               second.actor.sector if second.actor else None}
    return bool(sectors & sector_group("security")) and bool(sectors & sector_group("policed"))


def _share_title(tokens: list[Token], mentions: list[Mention], kb: KnowledgeBase) -> None:
    """"बिहार और उत्तर प्रदेश के मुख्यमंत्रियों से", "फिजी और टोंगा के राष्ट्रपति": a place joined by
    a conjunction to the place that qualifies a title (or an office word in the plural, a
    group) is qualified by it too: each names its own office holders (a place of the same
    kind: two states, two countries)."""
    markers = both_languages()
    for idx in range(1, len(mentions)):
        title, prev = mentions[idx], mentions[idx - 1]
        qualifier = title.attrs.qualifiers[-1] if title.attrs.qualifiers else None
        if title.kind not in ("title", "group") or qualifier is None or qualifier.place is None \
                or prev.kind not in ("place", "country") or prev.place is None \
                or prev.place.kind != qualifier.place.kind:
            continue
        gap = [t for t in tokens[prev.tok_end:qualifier.tok_start] if t.norm]
        # a word ("और", "and"): a comma is as often a dateline's ("देहरादून, नैनीताल ...")
        if len(gap) != 1 or markers.get(gap[0].norm) != "conj" or gap[0].script == "punct":
            continue
        place = prev.place
        shared = Mention(kind=title.kind, tok_start=prev.tok_start, tok_end=prev.tok_end,
                         start=prev.start, end=prev.end, text=prev.text, attrs=replace(
                             title.attrs, qualifiers=[prev], country=place.country,
                             region=place.name if place.kind == "state" else None))
        if title.kind == "group":
            head = next((e.actor for e in kb.lookup(tokens[title.tok_end - 1].norm)
                         if e.kind == "group" and e.actor is not None), None)
            if head is None:
                continue
            shared.actor = replace(head, name=f"{place.name} {head.name}", id=None,
                                   country=place.country, text=prev.text,
                                   span=(prev.start, prev.end))
        mentions[idx - 1] = shared


def _share_head_noun(tokens: list[Token], mentions: list[Mention], kb: KnowledgeBase) -> None:
    """"Indian and Chinese troops", "भारतीय और चीनी सैनिक": a nationality joined by a
    conjunction to a qualified group shares its noun, so it names that country's troops,
    police or students (not the country's government)."""
    markers = both_languages()
    for left, right in zip(mentions, mentions[1:]):
        gap = [t for t in tokens[left.tok_end:right.tok_start] if t.norm]
        if left.kind != "adjective" or len(gap) != 1 or markers.get(gap[0].norm) != "conj" \
                or right.actor is None or right.actor.sector is None \
                or right.kind not in ("group", "actor") or right.tok_end - right.tok_start < 2:
            continue
        head = [e.actor for e in kb.lookup(tokens[right.tok_end - 1].norm)
                if e.kind == "group" and e.actor is not None]
        country = kb.countries.get(left.attrs.country or "")
        if not head or country is None:
            continue
        left.kind = "group"
        left.actor = Actor(name=f"{country.name} {head[0].name}", id=None,
                           country=country.country, sector=head[0].sector, kind="group",
                           text=left.text, span=(left.start, left.end))
        left.attrs.country = country.country


def _people_from_places(tokens: list[Token], mentions: list[Mention]) -> None:
    """"six fishermen from Rameswaram", "students from Kerala": civilians said to come from a
    place are of its country (Hindi says it with a genitive, "रामेश्वरम के मछुआरे", which
    _apply_nationality reads). Only civilians: "troops from Galwan" says where they withdrew."""
    for group, place in zip(mentions, mentions[1:]):
        actor = group.actor
        if group.kind != "group" or actor is None or actor.sector != "CVL" or actor.country \
                or group.attrs.country or place.place is None or not place.place.country:
            continue
        gap = [t.norm for t in tokens[group.tok_end:place.tok_start] if t.norm]
        if gap != ["from"]:
            continue
        group.attrs.country = place.place.country
        if place.place.kind != "country":
            actor.name = f"{place.place.name} {actor.name}"
        actor.country = place.place.country


@lru_cache(maxsize=1)
def _english_demonyms() -> dict[str, str]:
    """ISO code -> the first English nationality adjective of country_adjectives.tsv."""
    found: dict[str, str] = {}
    for row in load_table("country_adjectives.tsv"):
        if row["surface"].isascii():
            found.setdefault(row["country"], row["surface"])
    return found


def _adjectives_as_countries(tokens: list[Token], mentions: list[Mention],
                             kb: KnowledgeBase) -> None:
    """A nationality that qualifies no actor stands for its country: "भारतीय चौकियों पर"
    (Indian posts), "104 भारतीयों को" (Indians); before a company's product (word class
    company_product: "59 चीनी ऐप्स को बैन किया", "Chinese apps") it names that country's
    companies."""
    for mention in mentions:
        if mention.kind != "adjective":
            continue
        place = kb.countries.get(mention.attrs.country or "")
        if place is None:
            continue
        if mention.tok_end < len(tokens) \
                and tokens[mention.tok_end].norm in word_class("company_product"):
            demonym = _english_demonyms().get(place.country or "", place.name)
            mention.kind = "group"
            mention.actor = Actor(name=f"{demonym} companies", country=place.country,
                                  sector="BUS", kind="group", text=mention.text,
                                  span=(mention.start, mention.end))
            continue
        mention.kind = "country"
        mention.attrs.from_adjective = True
        mention.place = None  # an adjective is never the scene
        mention.actor = Actor(name=place.name, id=place.id, country=place.country, sector="GOV",
                              kind="country", text=mention.text,
                              span=(mention.start, mention.end))


def _copy_actor(actor: Actor | None, text: str, span: tuple[int, int]) -> Actor | None:
    if actor is None:
        return None
    return Actor(name=actor.name, id=actor.id, country=actor.country, sector=actor.sector,
                 kind=actor.kind, text=text, span=span)


def _holds_member_noun(gap: list[Token]) -> bool:
    """"सेना के अधिकारी चीन के अधिकारियों से", "भाजपा के सदस्य मुख्यमंत्री के खिलाफ": a member
    noun in the direct case after a genitive (word class member_noun) is the head of its own
    noun phrase, "the army's officers", and the phrase ends there: the mention after it is
    not what the genitive governs."""
    return any(t.norm in word_class("member_noun", "hi") for t in gap)


def _holds_said_noun(gap: list[Token]) -> bool:
    """"सरकार का प्रस्ताव किसानों ने", "भाजपा के आरोपों को कांग्रेस ने": what a side said or
    offered (word class said_noun) after a genitive is the genitive's noun; the crowd named
    after it is another side answering, not the owner's members."""
    return any(t.norm in word_class("said_noun", "hi") for t in gap)


def _qualifier_before(tokens: list[Token], mentions: list[Mention], idx: int) -> str | None:
    """How the mention before ``idx`` qualifies it: "country" (an adjective, or a country
    written before it or with a genitive: "रूसी", "रूस के", "US", "India's"), "org" (an
    organisation owning a title: "European Union's High Representative", "भाजपा के
    प्रवक्ता"), or None."""
    target = mentions[idx]
    if idx == 0:
        return None
    prev = mentions[idx - 1]
    gap = [t for t in tokens[prev.tok_end:target.tok_start] if t.norm]
    genitive_gap = False
    if gap and gap[0].norm in word_class("possessive") and len(gap) <= MAX_TITLE_GAP + 2:
        rest = gap[1:]
        if gap[0].norm == "'" and rest and rest[0].norm == "s":
            rest = rest[1:]
        genitive_gap = all(t.script in ("deva", "latn") and t.norm not in grammar_words()
                           for t in rest) and len(rest) <= MAX_TITLE_GAP \
            and not _holds_member_noun(rest)
    if prev.kind == "adjective":
        # "Indian and Chinese troops": an adjective joined to another one by a conjunction
        # qualifies its own (left-out) noun, not the next mention
        markers = both_languages()
        if len(gap) <= MAX_TITLE_GAP and not any(
                t.norm in word_class("possessive") or t.script == "punct"
                or markers.get(t.norm) == "conj" for t in gap):
            return "country"
        return None
    if prev.kind in ("country", "place") and prev.place is not None and prev.place.country:
        if not gap and target.kind in ("group", "title") and not (
                target.kind == "group" and _english_verb(tokens, target)):
            # "पंजाब सरकार", "Pakistan Army", "US Secretary of State"; not "China accused"
            return "country"
        return "country" if genitive_gap else None
    if prev.kind == "actor" and prev.actor is not None and prev.actor.kind == "org" \
            and target.kind == "title" and (genitive_gap or not gap):
        return "org"  # "भाजपा के प्रवक्ता", "भाजपा प्रवक्ता", "Congress MLA"
    return None


def _mark_former(tokens: list[Token], mentions: list[Mention]) -> None:
    """"former Prime Minister", "ex-PM", "पूर्व मुख्यमंत्री": the title names a past holder
    (word class ``former``, a hyphen allowed after it)."""
    former = word_class("former")
    for mention in mentions:
        if mention.kind != "title":
            continue
        k = mention.tok_start - 1
        if k >= 0 and tokens[k].text in ("-", "\u2010", "\u2013"):
            k -= 1
        if k >= 0 and surface_key(tokens[k].text) in former:
            mention.attrs.former = True


def _apply_nationality(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Fold qualifiers into what they qualify; the folded mention covers both."""
    absorbed: set[int] = set()
    for idx, mention in enumerate(mentions):
        if mention.kind not in ("title", "group", "actor"):
            continue
        how = _qualifier_before(tokens, mentions, idx)
        if how is None:
            continue
        prev = mentions[idx - 1]
        absorbed.add(idx - 1)
        mention.attrs.qualifiers.append(prev)
        span_tokens(mention, tokens, prev.tok_start, mention.tok_end)
        if how == "org":
            mention.attrs.org = prev.actor
            if prev.actor is not None and prev.actor.country:
                mention.attrs.country = prev.actor.country
            continue
        country = prev.attrs.country if prev.kind == "adjective" else (
            prev.place.country if prev.place is not None else None)
        mention.attrs.country = country
        if prev.place is not None and prev.place.kind == "state":
            mention.attrs.region = prev.place.name  # "तमिलनाडु के ... मंत्री": a state office
        actor = mention.actor
        if actor is not None and actor.country != country and actor.kind in ("org", "group"):
            place_name = prev.place.name if prev.place else None
            if actor.kind == "group" and place_name:
                actor.name = f"{place_name} {actor.name}"
            actor.id = None if actor.kind == "org" else actor.id
            actor.country = country
    return [m for i, m in enumerate(mentions) if i not in absorbed]


def _attach_titles(sentence: Sentence, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    tokens = sentence.tokens
    out: list[Mention] = []
    skip = -1
    for idx, mention in enumerate(mentions):
        if idx == skip:
            continue
        if mention.kind != "title":
            out.append(mention)
            continue
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        # "राज्यपाल डॉ. कृष्णकांत पाल", "Governor Shri X": an honorific between title and name
        name_begin = _after_honorifics(tokens, mention.tok_end)
        between = tokens[name_begin:nxt.tok_start] if nxt else []
        if nxt is not None and nxt.kind == "actor" and nxt.actor and nxt.actor.kind == "person" \
                and (all(t.script == "punct" and t.text in ".," for t in between)
                     or _title_tail(between)):
            nxt.attrs.title = mention.attrs.office
            nxt.attrs.former = mention.attrs.former
            nxt.attrs.title_span = (mention.start, mention.end)
            # the mention now covers "title name", so "A और विदेश मंत्री B" reads as A और B
            span_tokens(nxt, tokens, mention.tok_start, nxt.tok_end)
            out.append(nxt)
            skip = idx + 1
            continue
        name_end = _unknown_name_end(tokens, name_begin, nxt, kb)
        if name_end == name_begin and _place_opens_latin_name(tokens, nxt, name_begin):
            # "Foreign Minister Santiago Cafiero": a city's name opens the name after a title
            after = mentions[idx + 2] if idx + 2 < len(mentions) else None
            name_end = _unknown_name_end(tokens, name_begin + 1, after, kb)
            name_end, skip = (name_end, idx + 1) if name_end > name_begin + 1 else (name_begin, skip)
        if name_end > name_begin:
            name_tokens = tokens[name_begin:name_end]
            # a hyphenated name is one word, as written ("Jean-Bertrand")
            text = latin_name(name_tokens) if any(t.text == "-" for t in name_tokens) \
                else " ".join(t.text for t in name_tokens)
            name_span = (name_tokens[0].start, name_tokens[-1].end)
            actor = Actor(name=latin_name(name_tokens), id=None,
                          country=mention.attrs.country, sector=mention.attrs.sector,
                          kind="person", text=text, span=name_span)
            out.append(Mention(kind="actor", tok_start=name_begin, tok_end=name_end,
                               start=name_span[0], end=name_span[1], text=text, actor=actor,
                               attrs=MentionAttrs(title=mention.attrs.office, new=True,
                                                  former=mention.attrs.former)))
            continue
        org = mention.attrs.org
        if org is not None:
            # "भाजपा के प्रवक्ता ने": the party speaks through its spokesperson
            mention.kind = "actor"
            mention.actor = _copy_actor(org, mention.text, (mention.start, mention.end))
        out.append(mention)
    return out


MAX_TITLE_TAIL = 6


def _after_honorifics(tokens: list[Token], begin: int) -> int:
    """The first token after the honorifics (and their full stops) starting at ``begin``."""
    skip = honorifics() - word_class("given_honorific")
    k = begin
    while k < len(tokens) and (tokens[k].norm in skip or (
            k > begin and tokens[k].text == "." and tokens[k - 1].norm in skip)):
        k += 1
    return k if k < len(tokens) else begin


def _title_tail(between: list[Token]) -> bool:
    """English titles run on before the name: "High Representative for Foreign Affairs and
    Security Policy Josep Borrell". Only capitalised words and their glue may stand there."""
    if not between or len(between) > MAX_TITLE_TAIL:
        return False
    return all(t.script == "latn" and (t.text[:1].isupper() or t.norm in word_class("title_tail_glue"))
               for t in between) and any(t.text[:1].isupper() for t in between)


def _unknown_name_end(tokens: list[Token], begin: int, nxt: Mention | None,
                      kb: KnowledgeBase) -> int:
    """End of an unknown name right after a title, or ``begin`` if there is none."""
    # an initial's full stop does not count as a word of the name ("J. P. Dalal"), nor does a
    # hyphen and the word it joins ("Jean-Bertrand Aristide")
    window = tokens[begin:begin + 2 * MAX_NAME_TOKENS]
    stops = sum(1 for t in window if t.text == ".") + 2 * sum(1 for t in window if t.text == "-")
    limit = min(len(tokens), begin + MAX_NAME_TOKENS + stops)
    if nxt is not None:
        limit = min(limit, nxt.tok_start)
    end = begin
    while end < limit:
        tok = tokens[end]
        if tok.text == "." and end > begin and is_initial_letter(tokens[end - 1]) and end + 1 < limit \
                and tokens[end + 1].script == "latn" and tokens[end + 1].text[:1].isupper():
            end += 1  # "K. Sankaranarayanan", "J.P. Dalal": an initial's full stop
            continue
        if _name_hyphen(tokens, end, begin, limit):
            end += 2  # "Akufo-Addo", "Jean-Bertrand": one name written with a hyphen
            continue
        if tok.script not in ("deva", "latn") or (
                tok.norm in kb.function_words and not _initial_before_name(tokens, end, limit)):
            break
        if tok.script == "latn" and not tok.text[:1].isupper():
            break
        if tok.lang == "en" and tok.script == "latn" and tok.norm != tok.text.lower():
            break  # an English word read as Hindi is vocabulary, not a name
        end += 1
    if end == begin:
        return begin
    # a name is followed by a postposition, a conjunction, punctuation or the end; a single
    # Devanagari word counts only before ने ("सब इंस्पेक्टर समेत 5 जवान" is no one's name)
    follower = tokens[end] if end < len(tokens) else None
    latin_name = tokens[end - 1].script == "latn"
    # ... and a capitalised Latin name by any lower-case word ("Robert Mugabe today accused")
    if follower is not None and follower.script != "punct" and follower.norm not in grammar_words() \
            and not (latin_name and follower.script == "latn" and not follower.text[:1].isupper()):
        return begin
    if end - begin == 1 and tokens[begin].script == "deva" and (
            follower is None or follower.norm not in word_class("ergative")):
        return begin
    return end


def _name_hyphen(tokens: list[Token], k: int, begin: int, limit: int) -> bool:
    """Is token ``k`` a hyphen joining two capitalised Latin words of one name, written with
    no space ("Jean-Bertrand Aristide", "Nana Akufo-Addo")?"""
    if not begin < k < limit - 1 or tokens[k].text != "-":
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return before.script == after.script == "latn" and before.text[:1].isupper() \
        and after.text[:1].isupper() and before.end == tokens[k].start \
        and tokens[k].end == after.start


def _initial_before_name(tokens: list[Token], k: int, limit: int) -> bool:
    """"Speaker A N Shamseer": a capital letter that is also a word ("A") is an initial when
    a capitalised Latin word follows it within the name."""
    return is_initial_letter(tokens[k]) and k + 1 < limit \
        and tokens[k + 1].script == "latn" and tokens[k + 1].text[:1].isupper()


# ---------------------------------------------------------------- learned entities (Hindi NER)

#: NER label -> (mention kind, actor kind); a LOCATION becomes a place, not an actor
NER_KINDS: dict[str, ActorKind | None] = {"PERSON": "person", "ORGANIZATION": "org",
                                          "LOCATION": None}
DATELINE_TOKENS = 1  # a dateline place stands first in one of the first two sentences


def _dateline_country(doc: Document) -> str | None:
    """The country of the dateline place ("नई दिल्ली, 12 मार्च ...", "लखनऊ: ..."): a known place
    opening one of the first two sentences. The dates stage finds the dateline itself later;
    this is the same guess, made early enough for the new places of this stage."""
    for mentions in doc.mentions[:2]:
        for mention in mentions:
            if mention.tok_start <= DATELINE_TOKENS and mention.place is not None \
                    and mention.place.country:
                return mention.place.country
    return None


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """श्री, डॉ., ...: written before a name, never part of it."""
    return frozenset(w for w, part in knowledge_base().name_parts.items() if part == "honorific")


@lru_cache(maxsize=4)
def _never_open(function_words: frozenset[str]) -> frozenset[str]:
    """The words of every list _open_word consults, as one set: it is asked about every word
    of a Hindi sentence (keyed by the knowledge base's set, whose hash is kept)."""
    return function_words | grammar_words() | honorifics()


def _open_word(tok: Token, kb: KnowledgeBase) -> bool:
    """A Devanagari word of two letters or more that no word list knows: it may be a name."""
    return tok.script == "deva" and len(tok.norm) >= 2 \
        and tok.norm not in _never_open(kb.function_words)


def _initialism(word: str) -> bool:
    """"एसीबी", "सीबीआई": a word spelt as letter names is an acronym, not a person."""
    rest = word
    count = 0
    while rest:
        name = next((n for n in devanagari_letter_names() if rest.startswith(n)), None)
        if name is None:
            return False
        rest, count = rest[len(name):], count + 1
    return count >= 2


def _entity_span(tokens: list[Token], first: int, last: int, covered: set[int],
                 kb: KnowledgeBase) -> tuple[int, int] | None:
    """The tagger's span with vocabulary trimmed off its edges, or None when it overlaps a
    mention, is no Devanagari name, or holds no word that could be one."""
    if any(i in covered for i in range(first, last)):
        return None  # the gazetteer wins
    while first < last and not _open_word(tokens[first], kb):
        first += 1
    while last > first and not _open_word(tokens[last - 1], kb):
        last -= 1
    if first == last or any(t.script != "deva" for t in tokens[first:last]):
        return None
    return first, last


def _entity_mention(tokens: list[Token], first: int, last: int, kind: ActorKind | None,
                    country: str | None) -> Mention:
    run = tokens[first:last]
    text = " ".join(t.text for t in run)
    span = (run[0].start, run[-1].end)
    name = " ".join(w[:1].upper() + w[1:] for w in latin_name(run).split())
    attrs = MentionAttrs(new=True)
    if kind is None:
        place = Place(name=name, country=country, kind="city", text=text, span=span)
        return Mention(kind="place", tok_start=first, tok_end=last, start=span[0], end=span[1],
                       text=text, place=place, attrs=attrs)
    actor = Actor(name=name, id=None, country=None, sector=None, kind=kind, text=text, span=span)
    return Mention(kind="actor", tok_start=first, tok_end=last, start=span[0], end=span[1],
                   text=text, actor=actor, attrs=attrs)


def _governed_by_known_place(tokens: list[Token], mentions: list[Mention], first: int) -> bool:
    """"पहलगाम के बायसरन", "शोपियां जिले के केलार": a place inside a known one (a district or
    locality noun may stand between them); the places stage names it with its parent
    ("Bayasran, Pahalgam"), so it is left to that stage."""
    if first < 2 or tokens[first - 1].norm not in word_class("oblique_genitive"):
        return False
    ends = {first - 1}
    nouns = word_class("locality_noun") | word_class("district_noun")
    if first >= 3 and tokens[first - 2].norm in nouns:
        ends.add(first - 2)
    return any(m.tok_end in ends and m.place is not None for m in mentions)


def _before_locative_in(tokens: list[Token], first: int, last: int) -> bool:
    """"केलार में": the span is where something happens. A span with a locality noun in or
    after it ("कैमला गांव में", "बिठूर थाना क्षेत्र में") is left to the places stage, which
    names it after the known place nearby."""
    nouns = word_class("locality_noun") | word_class("district_noun")
    if any(t.norm in nouns for t in tokens[first:last + 1]):
        return False
    return last < len(tokens) and tokens[last].norm in word_class("locative_in", "hi")


def _keep_entity(sentence: Sentence, mentions: list[Mention], span: tuple[int, int],
                 label: str, name_parts: Mapping[str, str]) -> bool:
    """Which tagged entities to trust (measured on corpus/train.jsonl and dev.jsonl):

    - a person of two words or more ("उत्कर्ष सिंह ने"): lone words are too often a known
      person's short name ("इमरान") or a loanword ("अपडेट"); and none right after a title,
      which the coder resolves through the offices table ("ऑस्ट्रेलियाई प्रधानमंत्री ...");
      it ends a phrase, unless its last word is a known surname: a subject in the direct case
      is followed by the next phrase ("अन्ना हजारे रामलीला मैदान में अनशन पर बैठे");
    - a place only right before में, as a scene, and not inside a known place (the places
      stage names "पहलगाम के बायसरन" with its parent), and not made of common words only
      ("मंदिर में", "सदन में": a temple, the House);
    - no organisation: the ones the gazetteer misses are mostly common nouns ("रेलवे"),
      acronyms ("एसीबी") or English names whose transliteration matches no one's name.
    """
    first, last = span
    tokens = sentence.tokens
    if label == "PERSON":
        return last - first >= 2 and (_ends_phrase(tokens, last)
                                      or name_parts.get(tokens[last - 1].norm) == "surname") \
            and not any(m.tok_end == first and m.kind == "title" for m in mentions)
    if label == "LOCATION":
        return _before_locative_in(tokens, first, last) \
            and not _governed_by_known_place(tokens, mentions, first) \
            and not all((word_zipf(t.norm) or 0) >= COMMON_WORD_ZIPF for t in tokens[first:last])
    return False


def _ends_phrase(tokens: list[Token], end: int) -> bool:
    """A name is followed by a postposition, a conjunction, punctuation or the end."""
    return end >= len(tokens) or tokens[end].script == "punct" or tokens[end].norm in grammar_words()


def _worth_tagging(tokens: list[Token], open_at: list[bool],
                   name_parts: Mapping[str, str]) -> bool:
    """Could the tagger find anything _keep_entity keeps? An unknown word right before में (a
    place), or two unknown words ending a phrase or ending in a known surname (a person: a
    subject in the direct case is followed by the next phrase, "अन्ना हजारे अनशन पर बैठे")."""
    loc = word_class("locative_in", "hi")
    for i in range(len(tokens) - 1):
        if not open_at[i]:
            continue
        if tokens[i + 1].norm in loc or (open_at[i + 1] and (
                _ends_phrase(tokens, i + 2) or name_parts.get(tokens[i + 1].norm) == "surname")):
            return True
    return False


def add_entities(sentence: Sentence, mentions: list[Mention], kb: KnowledgeBase,
                 home: str | None) -> list[Mention]:
    """People, organisations and places the knowledge base does not know, found by the learned
    Hindi tagger (ghatna.ner) in the words no mention covers. The tagger runs only on a
    sentence that has such a word (it costs far more than the gazetteer)."""
    tokens = sentence.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)} | sentence.not_entities
    never = _never_open(kb.function_words)  # (_open_word inline: asked of every word)
    if not _worth_tagging(tokens, [i not in covered and t.script == "deva" and len(t.norm) >= 2
                                   and t.norm not in never for i, t in enumerate(tokens)],
                          kb.name_parts):
        return mentions
    spans = default_tagger().entities([t.text for t in tokens])
    known = [m for m in mentions if m.place is not None and m.place.country]
    new: list[Mention] = []
    for first, last, label in spans:
        trimmed = _entity_span(tokens, first, last, covered, kb)
        if trimmed is None or label not in NER_KINDS \
                or not _keep_entity(sentence, mentions, trimmed, label, kb.name_parts):
            continue
        near = min(known, key=lambda m: abs(m.tok_start - trimmed[0]), default=None)
        country = near.place.country if near is not None and near.place is not None else home
        mention = _entity_mention(tokens, trimmed[0], trimmed[1], NER_KINDS[label], country)
        new.append(mention)
    if not new:
        return mentions
    return sorted(mentions + new, key=lambda m: m.tok_start)
