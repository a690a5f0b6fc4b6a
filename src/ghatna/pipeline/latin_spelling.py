"""Spelling of romanized Hindi: Devanagari -> the Latin spellings people type, and the keys
that fold spelling variation ("mulakat" / "mulaqat" / "mulaakaat").

:func:`romanize` writes a Devanagari word the standard Hinglish way (after Hindi schwa
deletion); :func:`speller_variants` adds the habits of ``resources/romanized_spellers.tsv``;
:func:`skeleton` and :func:`coarse_key` are the lookup keys of the generated lexicon.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..iast import to_iast
from ..resources import load_table

_LATIN_WORD = re.compile(r"[a-z]+")
#: the English "o" of ऑ/ॉ (doctor, collage) is written o in Hinglish: read as ओ/ो
_ROUND_O_AS_O = str.maketrans({0x0949: 0x094B, 0x0911: 0x0913})
_DOUBLE = re.compile(r"(.)\1+")
#: a doubled aspirate or digraph: "rakhkha" (रखा typed with stress), "bachcha" (बच्चा)
_DOUBLE_DIGRAPH = re.compile(r"([bcdgjkpst]h)\1+")
_INTERVOCALIC_Y = re.compile(r"(?<=[aeiou])y(?=[aeiou])")


def first_group(match: re.Match[str]) -> str:
    r"""A regex match's first group: ``pattern.sub(first_group, text)`` is ``pattern.sub(r"\1",
    text)`` without the template, whose expansion cost ~10 µs a call in Python 3.11 (the spelling
    keys were most of the cost of reading a word not seen before)."""
    return match.group(1)


def single_letters(text: str) -> str:
    """``text`` with each run of one character written once ("mulaakaat" -> "mulakat")."""
    return _DOUBLE.sub(first_group, text)


_IAST_LONG = str.maketrans({"ā": "aa", "ī": "ee", "ū": "oo"})
# IAST (after schwa deletion) -> plain Hinglish ASCII
_IAST_FOLD = str.maketrans({
    "ā": "a", "ī": "i", "ū": "u", "ṝ": "ri", "ē": "e", "ō": "o", "ṭ": "t", "ḍ": "d",
    "ṇ": "n", "ṅ": "n", "ñ": "n", "ḥ": "h", "ś": "sh", "ṣ": "sh", "ḷ": "l", "ṁ": "n",
    "ṃ": "\x02",
})


# ---------------------------------------------------------------------------------------
# spelling: skeletons and transliteration
# ---------------------------------------------------------------------------------------

def skeleton(word: str) -> str:
    """The spelling-variant-free key of a romanized word: ``ee``->``i``, ``oo``->``u``,
    ``w``->``v``, ``z``->``j``, ``q``->``k``, ``ph``->``f``, ``chh``->``ch``, ``c`` not in
    ``ch`` -> ``k`` ("company"), doubled letters and digraphs single ("rakhkha", "bachcha"),
    ``y`` between vowels dropped ("nahiin", "kiyaa", "wo" -> "nahin", "kia", "vo")."""
    s = word.lower().replace("ee", "i").replace("oo", "u")
    s = s.replace("w", "v").replace("z", "j").replace("q", "k").replace("ph", "f")
    s = s.replace("chh", "ch")
    if "h" in s:  # (a doubled digraph has one)
        s = _DOUBLE_DIGRAPH.sub(first_group, s)
    s = single_letters(s)
    if "c" in s:  # (without a "c" nothing changes: its runs are single already)
        s = single_letters(_HARD_C.sub("k", s))
    return _INTERVOCALIC_Y.sub("", s)


def light_key(word: str) -> str:
    """A key that folds only what never tells two Hindi words apart (doubled letters, ee/i,
    oo/u, w/v) and keeps what does when a writer bothers to type it: ``chh`` (छ, not च), ``sh``
    (श, not स), ``ph``: "chhura" (छुड़ा) and "chura" (चुरा) differ here, not in
    :func:`skeleton`."""
    s = word.lower().replace("chh", "C")
    s = single_letters(s).replace("ee", "i").replace("oo", "u").replace("w", "v")
    return single_letters(s.replace("ee", "i").replace("oo", "u"))


_HARD_C = re.compile(r"c(?!h)")
_COARSE_NASAL = re.compile(r"n(?=[^aeiou])")
_VOWELS = re.compile(r"[aeiouy]")


def coarse_key(word: str) -> str:
    """A looser key than :func:`skeleton` for long words: the first letter, then the
    consonants without ``h`` (aspiration is often not typed), ``sh`` as ``s`` and a nasal
    before a consonant dropped: "mulakat", "mulaqat", "mulaakaat" -> "mlkt"; "bahut", "bhut",
    "bohot" -> "bt"."""
    s = skeleton(word).replace("sh", "s")
    if not s:
        return s
    rest = _COARSE_NASAL.sub("", s[1:].replace("h", ""))
    return single_letters(s[0] + _VOWELS.sub("", rest))


@lru_cache(maxsize=1)
def speller_rules() -> tuple[tuple[str, str, str], ...]:
    """(from, to, where) rows of ``romanized_spellers.tsv``."""
    return tuple((r["from"], r["to"], r["where"]) for r in load_table("romanized_spellers.tsv"))


def apply_speller_rule(word: str, rule: tuple[str, str, str]) -> str:
    """``word`` as a writer with this habit types it (unchanged when the rule does not apply)."""
    old, new, where = rule
    if where == "end":
        return word[: -len(old)] + new if word.endswith(old) and len(word) > len(old) else word
    if where == "start":
        return new + word[len(old):] if word.startswith(old) else word
    return word.replace(old, new)


_INNER_SHORT_A = re.compile(r"(?<=[^aeiou])a(?=[^aeiouy])")


def chat_spellings(latin: str) -> set[str]:
    """How chat drops a short "a" between consonants: "raha" -> "rha", "kar" -> "kr",
    "samajh" -> "smajh" / "smjh" (the first such vowel, then all of them)."""
    first = _INNER_SHORT_A.sub("", latin, count=1)
    every = _INNER_SHORT_A.sub("", latin)
    return {f for f in (first, every) if len(f) > 1 and f != latin}


def speller_variants(word: str) -> set[str]:
    """``word`` and its spellings under each speller habit alone and under all of them."""
    out = {word}
    every = word
    for rule in speller_rules():
        out.add(apply_speller_rule(word, rule))
        every = apply_speller_rule(every, rule)
    out.add(every)
    return out


def romanize(word: str, medial_schwas: bool = False, long_vowels: bool = False) -> set[str]:
    """Hinglish spellings of one Devanagari word: ``किया`` -> {"kiya"}, ``में`` -> {"men",
    "mein", "me"}, ``बड़ा`` -> {"bada", "bara"}, ``चाहिए`` -> {"chahie", "chahiye"}; with
    ``medial_schwas`` as writers who type every inherent vowel inside the word ("kampaniyon"),
    with ``long_vowels`` as those who double long vowels ("mulaakaat", "kee")."""
    from ..translit import delete_schwas, final_schwa_readings

    word = word.translate(_ROUND_O_AS_O)
    out: set[str] = set()
    for marked in final_schwa_readings(word):
        # indic_transliteration's DEVANAGARI -> IAST, from its tables in the compiled cache
        latin = to_iast(delete_schwas(marked, medial=not medial_schwas))
        latin = unicodedata.normalize("NFC", latin).lower()
        for form in _iast_forms(latin):
            out.update(_hinglish_forms(form, long_vowels))
    return out


#: IAST c = च, ch = छ; a doubled च (cc, "bachcha") and च्छ (cch, "achchha") are mostly typed
#: with one "ch" and a doubled letter or an "h": baccha, accha, achha (skeleton folds the rest)
_GEMINATE_C = re.compile("chchh|chch")
_GEMINATE_C_TYPED = {"chchh": ("chchh", "chh", "cch"), "chch": ("chch", "cch")}


def _iast_forms(latin: str) -> set[str]:
    """IAST letters Hinglish writes its own way, before the plain fold: the flaps ड़/ढ़ as
    "d" (bada, padhai) and sometimes "r"; ज्ञ as "gy" (gyan, vigyan); ऋ as "ri", in western
    typing "ru" (kripya, krupya); च, छ as "ch", "chh" with their doubled forms; the
    candrabindu as a nasal."""
    # candrabindu (IAST "~") is typed as the anusvara is: कहाँ kahan/kaha, हँसना hansna
    latin = latin.replace("j\u00f1", "gy").replace("~", "\x02")
    forms = {latin.replace("r\u0324", "d"), latin.replace("r\u0324", "r")}
    forms |= {f.replace("\u1e5b", "ru") for f in forms if "\u1e5b" in f}
    out: set[str] = set()
    for form in forms:
        form = form.replace("ch", "\x01").replace("c", "ch").replace("\x01", "chh")
        out.update(_geminate_c_forms(form))
    return out


def _geminate_c_forms(form: str) -> set[str]:
    """``form`` with each doubled ch written every way people type it."""
    match = _GEMINATE_C.search(form)
    if match is None:
        return {form}
    head, rest = form[:match.start()], _geminate_c_forms(form[match.end():])
    return {head + typed + tail for typed in _GEMINATE_C_TYPED[match.group()] for tail in rest}


def _hinglish_forms(form: str, long_vowels: bool) -> set[str]:
    """The plain ASCII spellings of one IAST form: long vowels single (or doubled with
    ``long_vowels``), the anusvara as "m" before p/b and as "n" or "m" before y/r/l/v/s/h, a
    final nasal as "n" or not typed, "ie"/"ae" also as "iye"/"aye"."""
    if long_vowels:
        form = form.translate(_IAST_LONG)
    form = form.replace("\u1e5b", "ri").translate(_IAST_FOLD)
    form = "".join(c for c in unicodedata.normalize("NFD", form)
                   if not unicodedata.combining(c))
    form = re.sub("\x02(?=[pb])", "m", form)
    out: set[str] = set()
    for nasal in _nasal_forms(form):
        out.update(_ascii_forms(nasal))
    return out


#: the anusvara before a semivowel, sibilant or h that starts a syllable is typed "m" too, as
#: IAST writes it: संविधान sanvidhan/samvidhan, संयुक्त sanyukt/samyukt, संहिता samhita (not
#: at the end of the word: गांव ganv, never "gamv")
_NASAL_AS_M = re.compile("\x02(?=[yrlvs]h?[aeiou]|h[aeiou])")


def _nasal_forms(form: str) -> set[str]:
    """``form`` and, with an anusvara before y/r/l/v/s/h, the same with "m" typed there."""
    return {form, _NASAL_AS_M.sub("m", form)}


def _ascii_forms(form: str) -> set[str]:
    """A final nasal as "n" or not typed, any other as "n"; "ie"/"ae" also as "iye"/"aye"."""
    if form.endswith("\x02"):  # final nasal: हैं hain/hai, में men/mein/me
        stem = form[:-1]
        variants = {stem + "n", stem}
        if stem.endswith("e"):
            variants.add(stem + "in")
    else:
        variants = {form}
    out: set[str] = set()
    for v in variants:
        v = v.replace("\x02", "n")
        if _LATIN_WORD.fullmatch(v):
            out.add(v)
            if "ie" in v:  # चाहिए chahie/chahiye, लिए lie/liye
                out.add(v.replace("ie", "iye"))
            if v.endswith("ae"):  # गए gae/gaye
                out.add(v[:-2] + "aye")
    return out
