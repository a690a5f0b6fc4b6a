"""Back-transliteration of romanized Hindi (pipeline/backtranslit.py): the spellings people type
find the Devanagari word, and neighbours choose between readings."""

from __future__ import annotations

import pytest

from ghatna.pipeline.backtranslit import to_devanagari, word_to_devanagari
from ghatna.pipeline.latin_spelling import coarse_key, light_key, skeleton
from ghatna.resources import normalize

MULAKAT = "\u092e\u0941\u0932\u093e\u0915\u093e\u0924"  # मुलाकात
MEN = "\u092e\u0947\u0902"                             # में
MAIN = "\u092e\u0948\u0902"                            # मैं
KIYA = "\u0915\u093f\u092f\u093e"                      # किया
SARKAR = "\u0938\u0930\u0915\u093e\u0930"              # सरकार
JYADA = "\u091c\u094d\u092f\u093e\u0926\u093e"         # ज्यादा
PHIR = "\u092b\u093f\u0930"                            # फिर
VO = "\u0935\u094b"                                    # वो
SHAHAR = "\u0936\u0939\u0930"                          # शहर
CHHUDA = normalize("\u091b\u0941\u0921\u093c\u093e")   # छुड़ा
PAR = "\u092a\u0930"                                   # पर


@pytest.mark.parametrize("latin,deva", [
    ("mulakat", MULAKAT), ("mulaqat", MULAKAT), ("mulaakat", MULAKAT), ("mulakaat", MULAKAT),
    ("mulaaqaat", MULAKAT),
    ("mein", MEN), ("me", MEN), ("main", MEN), ("men", MEN),
    ("kiya", KIYA), ("kia", KIYA), ("kiyaa", KIYA),
    ("sarkar", SARKAR), ("sarkaar", SARKAR), ("Sarkar", SARKAR),
    ("zyada", JYADA), ("jyada", JYADA), ("jyaada", JYADA),   # z/j, doubled letters
    ("phir", PHIR), ("fir", PHIR),                             # ph/f
    ("wo", VO), ("vo", VO),                                    # w/v
    ("shahar", SHAHAR), ("sahar", SHAHAR),                     # sh/s
    ("chhuda", CHHUDA), ("chhura", CHHUDA),                    # the flap as d or r
])
def test_spellings_find_the_word(latin: str, deva: str):
    assert word_to_devanagari(latin) == deva


def test_unknown_words_have_no_reading():
    assert word_to_devanagari("xqzvw") is None


def test_neighbours_choose_between_readings():
    # "main" after a noun is the postposition, at the start before a verb the pronoun
    assert to_devanagari(["moscow", "main"])[1] == MEN
    assert to_devanagari(["main", "ghar", "ja", "raha", "hun"])[0] == MAIN
    # English words (None) are skipped; colloquial "pe" reads as the standard postposition
    assert to_devanagari(["kafile", "pe", None, "hamla"])[1:3] == [PAR, None]


def test_keys():
    assert skeleton("mulaaqaat") == skeleton("mulakat")
    assert coarse_key("bahut") == coarse_key("bohot") == coarse_key("bhut")
    assert light_key("chhura") != light_key("chura") and skeleton("chhura") == skeleton("chura")
