"""Spelling variants of known people's names.

Hindi news spells foreign and many Indian names several ways: "सर्गेई लावरोव" and
"सर्गेई लॉवरोव", "वोलोदिमिर जेलेंस्की" and "जेलेन्सकी", "मुत्ताकी" and "मुत्तकी". The knowledge
base lists the common spellings; a new one is found as an unknown person (by the tagger or the
name rules) and would become a stranger named by transliteration ("Sargei Lovrov"). This pass
gives such a person the known actor whose alias reads the same word by word once spelling
detail is set aside (:func:`word_skeleton`), when exactly one known person has such an alias.

Only aliases (or their last words) of two words or more are compared, and every word must agree, so a surname shared
by many ("सिंह") never decides alone; the last vowel sign of each word is kept (सिन्हा is not
सिंह).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..data import Actor, Mention
from ..ner.features import word_zipf
from ..resources import load_table, split_multi, tokenize_surface
from .gazetteer import KnowledgeBase
from .name_links import MAX_HINDI_ZIPF

_VOWEL_SIGNS = range(0x093E, 0x094D)  # ा ... ौ (and ॉ): spelled long or short at will
_VIRAMA, _ANUSVARA, _CHANDRABINDU, _VISARGA = 0x094D, 0x0902, 0x0901, 0x0903
_NA = chr(0x0928)  # a nasal before a consonant is written as anusvara or as a half न
_VOWEL = "V"  # every independent vowel letter (अ ... औ): ई and इ, ए and ऐ vary
# the classes of a word-final vowel sign, which does tell names apart (सिन्हा / सिंह)
_FINAL = {0x093E: "a", 0x093F: "i", 0x0940: "i", 0x0941: "u", 0x0942: "u", 0x0947: "e",
          0x0948: "e", 0x094B: "o", 0x094C: "o", 0x0949: "o"}


def word_skeleton(word: str) -> str:
    """A Devanagari word's consonants (doubled ones once; a nasal as न), independent vowels as
    one mark, and the class of its final vowel sign; a word of another script as it is."""
    if not word or not 0x0900 <= ord(word[0]) <= 0x097F:
        return word
    out: list[str] = []
    for ch in word:
        code = ord(ch)
        if code in _VOWEL_SIGNS or code in (_VIRAMA, _CHANDRABINDU, _VISARGA):
            continue
        letter = _NA if code == _ANUSVARA else _VOWEL if 0x0904 <= code <= 0x0914 else ch
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out) + _FINAL.get(ord(word[-1]), "")


def name_key(words: tuple[str, ...]) -> str:
    """The lookup key of a name: its words' skeletons."""
    return " ".join(word_skeleton(w) for w in words)


@lru_cache(maxsize=1)
def _person_keys() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Name key -> ids of the known people with an alias of two words or more that has it;
    and the same for the aliases' tails of two words or more ("खान मुत्ताकी" of "अमीर खान
    मुत्ताकी": the given name is often left out)."""
    whole: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for row in load_table("actors.tsv"):
        if (row["kind"] or "person") != "person":
            continue
        for alias in {row["name"], *split_multi(row["aliases"])}:
            words = tokenize_surface(alias)
            if len(words) >= 2:
                whole.setdefault(name_key(words), set()).add(row["id"])
            for start in range(1, len(words) - 1):
                tails.setdefault(name_key(words[start:]), set()).add(row["id"])
    return ({key: frozenset(ids) for key, ids in whole.items()},
            {key: frozenset(ids) for key, ids in tails.items()})


def known_variant(words: tuple[str, ...], kb: KnowledgeBase) -> Actor | None:
    """The one known person whose alias ``words`` spell another way, if any. A tail of an
    alias counts only when its last word is rare in general Hindi (a surname such as "सिंह"
    is shared by too many)."""
    if len(words) < 2:
        return None
    whole, tails = _person_keys()
    key = name_key(words)
    ids = whole.get(key, frozenset())
    if not ids and (word_zipf(words[-1]) or 0) < MAX_HINDI_ZIPF:
        ids = tails.get(key, frozenset())
    if len(ids) != 1:
        return None
    return kb.actors.get(next(iter(ids)))


def resolve_variants(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each new unknown person that spells a known one's name given that actor
    (its text and span kept)."""
    return [_as_known(mention, kb) for mention in mentions]


def _as_known(mention: Mention, kb: KnowledgeBase) -> Mention:
    actor = mention.actor
    if actor is None or actor.id is not None or actor.kind != "person" or not mention.attrs.new:
        return mention
    known = known_variant(tokenize_surface(mention.text), kb)
    if known is None:
        return mention
    return replace(mention, actor=replace(known, text=actor.text, span=actor.span))
