"""Latin names for names written in Devanagari ("सर्गेई लावरोव" -> "Sergei Lavrov"-like).

Transliteration goes through ``indic_transliteration``'s IAST tables (``iast.py``) after Hindi schwa deletion:
Devanagari writes an inherent "a" after every bare consonant, which Hindi does not
pronounce at the end of a word nor in the middle between a vowel-consonant and a
consonant-vowel (लावरोव is "laavrov", not "laavarova"). Diacritics are then folded to
the plain spelling English news uses.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .iast import to_iast

VIRAMA = "\u094d"
NUKTA = "\u093c"
ANUSVARA = "\u0902"
CONSONANTS = {chr(c) for c in range(0x0915, 0x093A)} | {chr(c) for c in range(0x0958, 0x0960)}
VOWEL_SIGNS = {chr(c) for c in range(0x093E, 0x094D)} | {"\u0962", "\u0963"}
INDEPENDENT_VOWELS = {chr(c) for c in range(0x0904, 0x0915)}

_FOLD = str.maketrans({
    "ā": "a", "ī": "i", "ū": "u", "ṛ": "ri", "ṝ": "ri", "ē": "e", "ō": "o",
    "ṭ": "t", "ḍ": "d", "ṇ": "n", "ṅ": "n", "ñ": "n", "ṃ": "n", "ḥ": "h", "ś": "sh",
    "ṣ": "sh", "ḷ": "l", "ṁ": "n",
})


def _units(word: str) -> list[list[str]]:
    """Split a word into aksharas: a consonant or vowel with its signs."""
    units: list[list[str]] = []
    for ch in word:
        if ch in CONSONANTS or ch in INDEPENDENT_VOWELS or not units:
            units.append([ch])
        else:
            units[-1].append(ch)
    return units


def _has_schwa(unit: list[str]) -> bool:
    return unit[0] in CONSONANTS and not any(c in VOWEL_SIGNS or c == VIRAMA for c in unit[1:])


def delete_schwas(word: str, medial: bool = True) -> str:
    """Mark unpronounced inherent vowels with a virama (Hindi schwa deletion); with
    ``medial=False`` only the final one (the spelling "kampaniyon" of "kampniyon")."""
    units = _units(word)
    n = len(units)
    # a final conjunct keeps its vowel: नरेंद्र is "Narendra"
    if n >= 2 and _has_schwa(units[-1]) and ANUSVARA not in units[-1] \
            and units[-2][-1] != VIRAMA:
        units[-1].append(VIRAMA)
    if not medial:
        return "".join("".join(u) for u in units)
    # right to left: delete a schwa in V C [a] C V context
    for i in range(n - 2, 0, -1):
        unit, before, after = units[i], units[i - 1], units[i + 1]
        if not _has_schwa(unit) or ANUSVARA in unit:
            continue
        before_voiced = before[-1] != VIRAMA
        after_vowel = after[0] in CONSONANTS and (VIRAMA not in after)
        if before_voiced and after_vowel and i + 1 < n:
            unit.append(VIRAMA)
    return "".join("".join(u) for u in units)


#: a word ending in consonant (nukta or not) + virama + consonant other than y/r/v: a final
#: y/r/v keeps the vowel of its cluster in speech and typing (mitra, rajya, narendra)
_FINAL_CLUSTER = re.compile("[\u0915-\u0939\u0958-\u095f]\u093c?\u094d"
                            "[\u0915-\u092e\u0932\u0933\u0936-\u0939]$")


def final_schwa_readings(word: str) -> tuple[str, ...]:
    """The word, and for a word ending in a cluster without a vowel sign, the word with its
    final vowel unspoken too: schwa deletion keeps it (नरेंद्र "Narendra"), but most such
    words are spoken and typed without it (दर्द "dard", दोस्त "dost", शब्द "shabd")."""
    if _FINAL_CLUSTER.search(word):
        return (word, word + VIRAMA)
    return (word,)


def restore_flaps(word: str) -> str:
    """ड/ढ after a vowel are the flaps ड़/ढ़ (cleaning folds the nukta away): हंदवाडा is
    "Handwara"-like, not "Handwada"; at the start of a word or after a nasal they stay ड."""
    out = []
    for i, ch in enumerate(word):
        if ch in "डढ" and i > 0 and word[i - 1] not in (VIRAMA, ANUSVARA, "\u0901") \
                and (i + 1 >= len(word) or word[i + 1] != VIRAMA):
            out.append(ch + NUKTA)
        else:
            out.append(ch)
    return "".join(out)


def spell_wa(word: str) -> str:
    """व inside a word before ा or its own vowel is spelt "w" (Handwara, Jawahar, Pawan,
    Awantipora); at the start, before other vowels or without a vowel it stays "v" (Vivek,
    Devendra, Yadav). Works on a word whose schwas are already marked."""
    out = []
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch == "व" and i > 0 and nxt not in (VIRAMA,) and (nxt == "ा" or nxt not in VOWEL_SIGNS):
            out.append("w" if nxt == "ा" else "wa")
        else:
            out.append(ch)
    return "".join(out)


# The candra vowels of English loanwords (ऑ in "ऑस्ट्रेलिया", ॉ in "लॉवरोव") have no IAST
# letter and would pass through as Devanagari: read them as the plain o / e they are closest to
# (ा followed by ॅ is a common way of typing ॉ).
_CANDRA = str.maketrans({"\u0949": "\u094b", "\u0911": "\u0913",
                         "\u0945": "\u0947", "\u090d": "\u090f"})


@lru_cache(maxsize=4096)
def devanagari_to_latin(word: str) -> str:
    """A capitalised Latin spelling of one Devanagari word."""
    if not word:
        return word
    word = word.replace("\u093e\u0945", "\u094b").translate(_CANDRA)
    # indic_transliteration's DEVANAGARI -> IAST, from its tables in the compiled cache
    latin = to_iast(spell_wa(restore_flaps(delete_schwas(word))))
    latin = unicodedata.normalize("NFC", latin).translate(_FOLD)
    latin = "".join(c for c in unicodedata.normalize("NFD", latin) if not unicodedata.combining(c))
    latin = latin.replace("aa", "a").replace("ii", "i")
    # IAST writes च "c" and छ "ch"; names in English news write them "ch" and "chh"
    latin = latin.replace("ch", "\0").replace("c", "ch").replace("\0", "chh")
    if latin.endswith("nh") and word.endswith("\u0902\u0939"):
        latin = latin[:-2] + "ngh"  # सिंह is "Singh"
    return latin[:1].upper() + latin[1:]
