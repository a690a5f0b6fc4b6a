"""Named universities as places: "पंजाब यूनिवर्सिटी में", "नीलांबर-पीतांबर यूनिवर्सिटी के मुख्य
गेट पर", "the Dhaka University campus".

A campus is where student protests, lathi-charges and talks with a vice-chancellor happen, and
news names it rather than its city. The gazetteer knows the city inside the name ("पंजाब",
"Dhaka") or nothing at all; read alone, that city (or state) is a coarser or a wrong scene, and
an unknown name leaves the event unplaced. A name followed by a campus noun (word class
``campus_noun``) is read as one place, "<Name> University", in the country of the place it
names or governs it ("उदयपुर की मोहनलाल सुखाड़िया विश्वविद्यालय": Udaipur), else of the
dateline.
"""

from __future__ import annotations

from ..data import Mention, MentionAttrs, Place, Sentence, Token
from ..ner.features import COMMON_WORD_ZIPF, word_zipf
from ..resources import word_class
from ..translit import devanagari_to_latin

#: the most words a university's own name has before the campus noun ("मोहनलाल सुखाड़िया")
MAX_NAME_WORDS = 3
#: place kinds a campus takes as its city ("उदयपुर की ... विश्वविद्यालय")
CITY_KINDS = frozenset({"city", "district", "locality"})


def _name_word(tok: Token, vocabulary: frozenset[str]) -> bool:
    """A word that can be part of a university's own name: a capitalised English word, or a
    Devanagari word that is neither a function word nor a common word."""
    if tok.norm in vocabulary or tok.norm in word_class("campus_noun"):
        return False
    if tok.script == "latn":
        return tok.text[:1].isupper()
    return tok.script == "deva" and len(tok.norm) >= 2 \
        and (word_zipf(tok.norm) or 0) < COMMON_WORD_ZIPF


def _name_start(tokens: list[Token], end: int, vocabulary: frozenset[str],
                covered: set[int]) -> int:
    """The first token of the unknown name that ends right before ``end`` (``end`` if none);
    a hyphen joins two words of one name ("नीलांबर-पीतांबर"). A word another mention covers
    (a title: "कुलपति यूनिवर्सिटी नहीं आएंगी") is no part of it."""
    start, words = end, 0
    while start > 0 and words < MAX_NAME_WORDS:
        tok = tokens[start - 1]
        if tok.text == "-" and start >= 2 and start < end:
            start -= 1
            continue
        if start - 1 in covered or not _name_word(tok, vocabulary):
            break
        start -= 1
        words += 1
    while start < end and tokens[start].text == "-":
        start += 1
    return start


def _written_name(tokens: list[Token]) -> str:
    """The name as Latin words; a hyphen stays between the words it joins."""
    words = [t.text if t.script == "latn" else devanagari_to_latin(t.text).capitalize()
             for t in tokens]
    return " ".join(words).replace(" - ", "-")


def _names_a_campus(mention: Mention) -> bool:
    """A known place, or a name the tagger read as a person the knowledge base lacks, right
    before a campus noun names the university ("पंजाब यूनिवर्सिटी", "मोहनलाल सुखाड़िया
    विश्वविद्यालय": named after a person). A person the knowledge base knows is a side that
    stands before a bare noun ("राहुल गांधी विश्वविद्यालय में छात्रों से मिले")."""
    return (mention.kind == "place" and mention.place is not None) \
        or (mention.actor is not None and mention.actor.kind == "person"
            and mention.actor.id is None)


def _governing_city(mentions: list[Mention], start: int, tokens: list[Token]) -> Place | None:
    """The city named right before the name through a genitive ("उदयपुर की X")."""
    if start < 2 or tokens[start - 1].norm not in word_class("genitive", "hi"):
        return None
    return next((m.place for m in mentions if m.tok_end == start - 1 and m.place is not None
                 and m.place.kind in CITY_KINDS), None)


def read_campuses(sentence: Sentence, mentions: list[Mention], vocabulary: frozenset[str],
                  home: Place | None) -> list[Mention]:
    """The sentence's mentions with every named university read as one place mention (a known
    place that only names it is folded in); unchanged where none is named."""
    tokens = sentence.tokens
    nouns = word_class("campus_noun")
    at = [i for i, tok in enumerate(tokens) if tok.norm in nouns and i > 0]
    if not at:
        return mentions
    kept = list(mentions)
    for i in at:
        if any(m.tok_start <= i < m.tok_end for m in kept):
            continue  # part of a name the gazetteer knows ("Delhi University Students' Union")
        inner = next((m for m in kept if m.tok_end == i and _names_a_campus(m)), None)
        covered = {k for m in kept for k in range(m.tok_start, m.tok_end)}
        start = inner.tok_start if inner is not None \
            else _name_start(tokens, i, vocabulary, covered)
        if start == i:
            continue  # a bare "विश्वविद्यालय": no name of its own
        inner_place = inner.place if inner is not None else None
        base = inner_place or _governing_city(kept, start, tokens)
        own = inner_place.name if inner_place is not None else inner.actor.name \
            if inner is not None and inner.actor is not None else _written_name(tokens[start:i])
        name = f"{own} University"
        if inner_place is None and base is not None:
            name = f"{name}, {base.name}"
        country = base.country if base is not None else home.country if home else None
        words = tokens[start:i + 1]
        text = sentence_text(words)
        place = Place(name=name, country=country, admin1=base.admin1 if base else None,
                      lat=base.lat if base else None, lon=base.lon if base else None,
                      kind="locality", text=text, span=(words[0].start, words[-1].end))
        campus = Mention(kind="place", tok_start=start, tok_end=i + 1, start=words[0].start,
                         end=words[-1].end, text=text, place=place,
                         attrs=MentionAttrs(new=True))
        kept = [m for m in kept if m is not inner]
        kept.append(campus)
    return sorted(kept, key=lambda m: m.tok_start)


def sentence_text(words: list[Token]) -> str:
    return " ".join(t.text for t in words)
