"""The romanized-Hindi token classifier (pipeline/romanized.py) and its use in langtag."""

from __future__ import annotations

import pytest
from testkit import run_stages

from ghatna.pipeline.romanized import (
    NgramModel,
    english_words,
    generated_hindi,
    hand_lexicon,
    latin_token_language,
    looks_romanized_hindi,
    read_word,
    romanize,
    skeleton,
    tag_latin_tokens,
)
from ghatna.pipeline.romanlex import hindi_candidates
from ghatna.resources import load_table


@pytest.mark.parametrize("word", [
    # grammar words and their spelling variants
    "hai", "hain", "nahi", "nahin", "nhi", "kya", "kyaa", "ka", "ki", "ke", "ko", "se", "ne",
    "mein", "aur", "bhi", "tha", "thi", "kar", "karna", "karte", "raha", "rahi", "rahe", "ho",
    "hona", "yeh", "ye", "woh", "wo", "voh", "jo", "par", "liye", "sab", "bahut", "bohot",
    "accha", "acha", "achha", "yaar",
    # content words, hand-listed or transliterated from our Devanagari resources
    "sarkar", "sarkaar", "kisan", "andolan", "gaya", "chahiye", "jyada", "zyada",
    "hamla", "dhamki", "mulakat", "baithak", "giraftar", "girftaar",
    # elongated chat spellings
    "yaaaar", "nahiii",
])
def test_hindi_words(word: str):
    assert latin_token_language(word) == "hi", read_word(word)


@pytest.mark.parametrize("word", [
    "the", "is", "and", "of", "police", "protesters", "arrest", "arrested", "meeting",
    "government", "minister", "attack", "killed", "election", "Tuesday", "beautiful",
    "thanks", "please", "sorry", "love", "Police", "ARREST",
])
def test_english_words(word: str):
    assert latin_token_language(word) == "en", read_word(word)


@pytest.mark.parametrize("word,lang", [
    ("mehangai", "hi"), ("bhrashtachari", "hi"), ("chunavon", "hi"),  # n-gram fallback
    ("governance", "en"), ("negotiations", "en"), ("throughout", "en"),
])
def test_unlisted_words_fall_back_on_character_ngrams(word: str, lang: str):
    assert latin_token_language(word) == lang, read_word(word)


def test_tokens_without_letters_are_english_and_devanagari_is_hindi():
    assert latin_token_language("123") == "en"
    assert latin_token_language("!") == "en"
    assert latin_token_language("सरकार") == "hi"


def test_sentence_of_romanized_hindi_with_english_nouns():
    words = ["Police", "ne", "protesters", "ko", "arrest", "kiya"]
    assert tag_latin_tokens(words) == ["en", "hi", "en", "hi", "en", "hi"]
    assert [latin_token_language(w) for w in words] == ["en", "hi", "en", "hi", "en", "hi"]


def test_kisan_sentence():
    words = ["kisan", "andolan", "ke", "baare", "mein", "sarkar", "ne", "kuch", "nahi", "kaha"]
    assert set(tag_latin_tokens(words)) == {"hi"}


def test_ambiguous_words_follow_agreeing_neighbours():
    assert tag_latin_tokens(["the", "main", "road", "is", "closed"])[1] == "en"
    assert tag_latin_tokens(["kal", "main", "ghar", "gaya", "tha"])[1] == "hi"
    assert tag_latin_tokens(["I", "went", "to", "the", "market"])[2] == "en"
    assert tag_latin_tokens(["maine", "kaha", "to", "tha"])[2] == "hi"
    # out of context, the usual Hinglish reading
    assert latin_token_language("me") == "hi"
    assert latin_token_language("is") == "en"


def test_a_run_of_words_both_languages_have_takes_the_language_around_it():
    # "main" and "to" are both Hindi and English: between Hindi words, Hindi
    assert tag_latin_tokens(["kal", "main", "to", "ghar", "gaya"]) == ["hi"] * 5
    assert tag_latin_tokens(["I", "went", "to", "the", "main", "market"]) == ["en"] * 6


def test_english_words_inserted_in_hindi_stay_english():
    words = ["please", "meeting", "cancel", "karo", "yaar"]
    assert tag_latin_tokens(words) == ["en", "en", "en", "hi", "hi"]


def test_chat_k_is_hindi_among_hindi_words_and_english_among_english():
    assert tag_latin_tokens(["ghar", "k", "andar", "gaya"]) == ["hi"] * 4
    assert tag_latin_tokens(["ok", "k", "thanks", "man"]) == ["en"] * 4


def test_letter_model_reads_chat_spellings_as_hindi():
    model = NgramModel.load()
    # short vowels dropped as chat does ("samajhta" -> "smjhta"): no list has these words
    for word in ("smjhta", "bchpn", "likhwana"):
        assert read_word(word).source == "ngram" and model.score(word) > 0, word
    for word in ("thoughtful", "bringing", "jumped"):
        assert model.score(word) < 0, word


def test_skeleton_folds_spelling_variants():
    assert skeleton("nahiin") == skeleton("nahin")
    assert skeleton("woh") == skeleton("voh")
    assert skeleton("kiya") == skeleton("kia") == skeleton("kiyaa")
    assert skeleton("zyada") == skeleton("jyada")
    assert skeleton("accha") == skeleton("achha") == skeleton("achchha")
    assert skeleton("rakhkha") == skeleton("rakha")


@pytest.mark.parametrize("deva,latin", [
    ("किया", "kiya"), ("सरकार", "sarkar"), ("में", "mein"), ("में", "me"), ("हैं", "hain"),
    ("बड़ा", "bada"), ("चाहिए", "chahiye"), ("छोटा", "chhota"), ("गए", "gaye"),
    ("आंदोलन", "andolan"), ("गिरफ्तार", "giraphtar"),
])
def test_romanize_devanagari(deva: str, latin: str):
    assert latin in romanize(deva)


@pytest.mark.parametrize("deva,typed", [
    ("अच्छा", {"achha", "accha"}), ("इच्छा", {"ichha", "iccha"}), ("बच्चा", {"baccha", "bachcha"}),
    ("ज्ञान", {"gyan"}), ("कृपया", {"kripya", "krupya"}), ("दर्द", {"dard"}),
    ("धर्म", {"dharm", "dharma"}), ("संविधान", {"samvidhan", "sanvidhan"}), ("कहाँ", {"kahan", "kaha"}),
])
def test_romanize_writes_what_hinglish_types(deva: str, typed: set[str]):
    assert typed <= romanize(deva)


def test_romanize_leaves_out_spellings_nobody_types():
    # ऋ before ह is no flap (गृह: "grih", never "gdh"); ज्ञ is "gy", not "jn"; a final y/r
    # keeps its vowel (मित्र "mitra", राज्य "rajya")
    assert "gdh" not in romanize("गृह") and "grih" in romanize("गृह")
    assert not any("jn" in form for form in romanize("विज्ञान"))
    assert romanize("मित्र") == {"mitra"} and romanize("राज्य") == {"rajya"}


@pytest.mark.parametrize("typed,deva", [
    ("achha", "अच्छा"), ("acha", "अच्छा"), ("achhi", "अच्छी"), ("gyan", "ज्ञान"), ("dard", "दर्द"),
    ("samyukt", "संयुक्त"), ("gaon", "गांव"),
])
def test_generated_lexicon_reads_common_spellings_back_at_the_strict_level(typed: str, deva: str):
    first = hindi_candidates(typed)[0]
    assert (first.word, first.level) == (deva, 1)


def test_generated_lists_are_nonempty_and_lower_case_ascii():
    hindi, english = generated_hindi(), english_words()
    assert len(hindi) > 500 and len(english) > 500
    for word in list(hindi)[:200] + list(english)[:200]:
        assert word.isascii() and word.isalpha() and word == word.lower()


def test_ngram_model_separates_its_training_words():
    model = NgramModel.train({"kahaani", "pahunchna", "dikhana"}, {"thinking", "strength", "wrote"})
    assert model.score("kahaniya") > 0 > model.score("thinks")


def test_hand_lexicon_rows_are_unique_and_well_formed():
    rows = load_table("romanized_hindi.tsv")
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words)), {w for w in words if words.count(w) > 1}
    for row in rows:
        assert row["word"].isascii() and row["word"].isalpha() and row["word"].islower(), row
        assert row["lang"] in ("hi", "en", "hi|en", "en|hi"), row
    assert hand_lexicon()["to"] == ("hi", "en")


def test_gate_needs_hindi_words():
    assert looks_romanized_hindi(["Police", "ne", "protesters", "ko", "arrest", "kiya"])
    assert looks_romanized_hindi(["sarkar"])
    assert not looks_romanized_hindi(["Police", "met", "the", "President", "in", "Delhi"])


def test_langtag_tags_romanized_hindi_tokens():
    doc = run_stages("Police ne protesters ko arrest kiya.", "langtag")
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert [(t.text, t.lang) for t in tokens] == [
        ("Police", "en"), ("ne", "hi"), ("protesters", "en"), ("ko", "hi"), ("arrest", "en"),
        ("kiya", "hi"), (".", "univ")]
    # Hindi words are read in Devanagari, English words as the Hindi words they stand for
    # (codemix.tsv), as in a Devanagari sentence; the sentence is Hindi, the document hi-Latn
    assert tokens[1].norm == "\u0928\u0947" and tokens[1].script == "deva"   # ne
    assert tokens[5].norm == "\u0915\u093f\u092f\u093e"                       # kiya
    assert tokens[0].script == "latn" and tokens[0].text == "Police"
    assert doc.sentences[0].lang == "hi" and doc.sentences[0].romanized
    assert doc.lang == "hi-Latn"


def test_langtag_leaves_english_sentences_english():
    doc = run_stages("Police met the President in Delhi to discuss the main issue.", "langtag")
    assert {t.lang for s in doc.sentences for t in s.tokens} == {"en", "univ"}


def test_langtag_keeps_names_in_hindi_sentences():
    doc = run_stages("Prime Minister Narendra Modi का अभिवादन पहुंचाया", "langtag")
    langs = {t.text: t.lang for t in doc.sentences[0].tokens}
    assert langs["Narendra"] == "ne" and langs["Modi"] == "ne"


@pytest.mark.parametrize("word", ["couch", "cart", "value", "carry", "mean", "thick"])
def test_english_words_that_only_share_a_hindi_words_spelling_key_are_english(word: str):
    # kuch, karte, wale, karen, mein, thik: typists of the Hindi word never spell it so
    assert read_word(word).langs == ("en",)


@pytest.mark.parametrize("word", ["bazar", "zor", "krna", "patti"])
def test_hindi_words_typed_with_nukta_doubled_or_chat_spellings_keep_their_hindi_reading(
        word: str):
    assert read_word(word).lang == "hi"


@pytest.mark.parametrize("word", ["staysafe", "goodmorning"])
def test_unknown_runs_of_english_words_are_english(word: str):
    reading = read_word(word)
    assert (reading.lang, reading.source) == ("en", "morphology")


def test_two_hindi_leaning_words_do_not_outvote_one_switch():
    assert tag_latin_tokens(["I", "don", "'", "t", "know", "what", "to", "do"])[-2:] == ["en", "en"]


def test_a_known_name_has_no_say_over_its_neighbours():
    # "ve" (they) is both; "Punjab" is typed alike in both languages
    assert tag_latin_tokens(["Ve", "Punjab", "ke", "Firozpur", "men"])[0] == "hi"


def test_sir_and_chat_english_stay_english_in_a_hindi_sentence():
    tags = tag_latin_tokens(["sir", "gud", "news", "hai", "kal", "tmrw", "milte", "hain"])
    assert tags == ["en", "en", "en", "hi", "hi", "en", "hi", "hi"]
