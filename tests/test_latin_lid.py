"""The learned token-language model of romanized Hinglish (pipeline/latin_lid.py)."""

from __future__ import annotations

from ghatna.pipeline import latin_lid, romanized
from ghatna.pipeline.latin_lid import Reading, learned_tags, model_from_json, token_features


def _readings(words: list[str]) -> list[Reading]:
    return romanized.lid_readings([romanized.read_word(w) for w in words])


def test_features_see_the_word_its_letters_and_both_neighbours() -> None:
    words = ["kal", "main", "ghar", "gaya"]
    feats = token_features(words, _readings(words), ["hi"] * 4)
    assert "w=main" in feats[1] and "suf2=in" in feats[1]
    assert "p1w=kal" in feats[1] and "n1w=ghar" in feats[1] and "n2w=gaya" in feats[1]
    assert "p2edge" in feats[1] and "p1edge" in feats[0] and "n1edge" in feats[3]
    assert feats == token_features(words, _readings(words), ["hi"] * 4)


def test_the_model_decides_doubtful_words_and_keeps_sure_ones() -> None:
    words = ["the", "main", "road"]
    readings = [Reading("en", "hand", -1.0), Reading("hi", "ambiguous", 0.0),
                Reading("en", "hand", -1.0)]
    always_hindi = model_from_json({"bias": 5.0, "weights": {}, "keep_sources": ["hand"]})
    tags = learned_tags(words, readings, ["en", "en", "en"], [True, False, True], always_hindi)
    assert tags == ["en", "hi", "en"]
    says_english = model_from_json({"bias": 0.0, "weights": {"p1w=the": -2.0},
                                    "keep_sources": ["hand"]})
    assert learned_tags(words, readings, ["en", "hi", "en"], [True, False, True],
                        says_english) == ["en", "en", "en"]


def test_the_shipped_model_is_off_unless_enabled_and_reads_hinglish_when_on() -> None:
    assert latin_lid.load_model() is None
    latin_lid.set_enabled(True)
    try:
        _tags_hinglish()
    finally:
        latin_lid.set_enabled(None)
    assert latin_lid.load_model() is None


def _tags_hinglish() -> None:
    assert latin_lid.load_model() is not None
    assert romanized.tag_latin_tokens(["the", "main", "road", "is", "closed"])[1] == "en"
    assert romanized.tag_latin_tokens(["kal", "main", "ghar", "gaya", "tha"])[1] == "hi"
    tags = romanized.tag_latin_tokens(["Police", "ne", "protesters", "ko", "arrest", "kiya"])
    assert tags[1] == tags[3] == tags[5] == "hi" and tags[4] == "en"
