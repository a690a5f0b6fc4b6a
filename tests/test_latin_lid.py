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


def _training_script():
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    for folder in ("training", "bench"):
        if str(repo / folder) not in sys.path:
            sys.path.insert(0, str(repo / folder))
    import train_latin_lid

    return train_latin_lid


def test_hand_labels_of_the_real_text_are_read_off_their_words() -> None:
    script = _training_script()
    tokens, marks = script.marked_tokens("blog post me_hi high quality, Deol's_ne dhai kilo")
    assert tokens == ["blog", "post", "me", "high", "quality", ",", "Deol's", "dhai", "kilo"]
    assert marks == [None, None, "hi", None, None, None, "ne", None, None]
    tokens, marks = script.marked_tokens("qaid-e_hi-hayaat")
    assert tokens == ["qaid", "-", "e", "-", "hayaat"] and marks[2] == "hi"


def test_real_labels_take_the_hand_label_then_the_lexicons_then_a_sure_model() -> None:
    script = _training_script()
    words = ["Trust", "me", ",", "kal", "ghar", "gaya"]
    says_hindi = model_from_json({"bias": 9.0, "weights": {}})
    labels = script.real_labels(words, [None, "en", None, None, None, None], says_hindi)
    assert labels[1] == "en" and labels[2] == "univ" and labels[4] == "hi"
    unsure = model_from_json({"bias": 0.0, "weights": {}})
    assert script.real_labels(["the", "main", "road"], [None] * 3, unsure)[1] == "?"


def test_the_real_text_shares_no_page_with_the_development_sets() -> None:
    script = _training_script()
    text = script.REAL_TEXT.read_text(encoding="utf-8")
    pages = {line.split()[2] for line in text.splitlines() if line.startswith("# source ")}
    data = script.ROOT / "tests" / "data"
    for dev in ("hinglish_lid_dev.tsv", "hinglish_real_dev2.tsv", "hinglish_chat_dev.tsv"):
        dev_text = (data / dev).read_text(encoding="utf-8")
        dev_pages = {line.split()[2] for line in dev_text.splitlines()
                     if line.startswith("# source ")}
        assert not pages & dev_pages, dev
    sentences = script.real_sentences()
    assert len(sentences) > 500 and len(pages) > 70
    assert {m for _, marks in sentences for m in marks} <= {None, "hi", "en", "ne"}
