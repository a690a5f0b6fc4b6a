"""The learned named-entity tagger (src/ghatna/ner): split, features, shipped model, held-out F1."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
HINER = Path(__file__).resolve().parents[2] / "shared/external/hiner/validation.collapsed.conll"
sys.path.insert(0, str(REPO / "training"))

import train_ner  # noqa: E402

from ghatna.ner import NerTagger, bio_to_spans, sentence_features  # noqa: E402
from ghatna.ner.tagger import MODEL_PATH  # noqa: E402

SENTENCE = ["प्रधानमंत्री", "नरेंद्र", "मोदी", "ने", "मंगलवार", "को", "लखनऊ", "में", "भाजपा", "कार्यकर्ताओं", "से", "मुलाकात", "की", "।"]


def _hiner() -> Path:
    if not HINER.is_file():
        pytest.fail(f"HiNER data missing at {HINER}: the tests expect ../shared beside the repository")
    return HINER


def test_split_is_deterministic_and_about_a_fifth():
    sents = [[f"w{i}", f"x{i * 7}", "।"] for i in range(5000)]
    first = [train_ner.is_heldout(s) for s in sents]
    assert first == [train_ner.is_heldout(list(s)) for s in sents]
    assert 0.18 < sum(first) / len(first) < 0.22
    # the rule itself is fixed: md5 of the space-joined tokens, modulo 5
    assert train_ner.is_heldout(["a"]) == (int("0cc175b9c0f1b6a831c399e269772661", 16) % 5 == 0)


def test_features_are_deterministic():
    a = sentence_features(SENTENCE)
    b = sentence_features(list(SENTENCE))
    assert a == b and len(a) == len(SENTENCE)
    assert all(isinstance(x, str) for f in a for x in f)
    assert sentence_features([]) == []


def test_bio_to_spans():
    tags = ["B-PERSON", "I-PERSON", "O", "I-LOCATION", "B-LOCATION", "B-ORGANIZATION"]
    assert bio_to_spans(tags) == [(0, 2, "PERSON"), (3, 4, "LOCATION"), (4, 5, "LOCATION"),
                                  (5, 6, "ORGANIZATION")]


def test_missing_model_is_a_clear_error(tmp_path):
    from ghatna.errors import ResourceError

    with pytest.raises(ResourceError, match="train_ner.py"):
        NerTagger(tmp_path / "none.crfsuite").tag(["x"])


def test_shipped_model_tags_a_sentence():
    assert MODEL_PATH.is_file(), f"{MODEL_PATH} is not shipped"
    assert MODEL_PATH.stat().st_size < 5_000_000
    tagger = NerTagger()
    tags = tagger.tag(SENTENCE)
    assert len(tags) == len(SENTENCE)
    ents = tagger.entities(SENTENCE)
    assert (1, 3, "PERSON") in ents, (tags, ents)
    assert (6, 7, "LOCATION") in ents, (tags, ents)


def test_heldout_f1_on_a_fixed_sample():
    _, held = train_ner.split(_hiner())
    sample = random.Random(20250101).sample(held, 500)
    tagger = NerTagger()
    scores = train_ner.span_scores([t for _, t in sample], [tagger.tag(s) for s, _ in sample])
    f1 = {lab: train_ner.prf(*scores[lab])[2] for lab in train_ner.LABELS}
    assert f1["PERSON"] >= 0.75, f1
    assert f1["LOCATION"] >= 0.80, f1


def test_model_attributes_read_from_the_file_match_crfsuite():
    import pycrfsuite

    from ghatna.ner.tagger import model_attributes

    crf = pycrfsuite.Tagger()
    crf.open(str(MODEL_PATH))
    assert model_attributes(MODEL_PATH) == frozenset(crf.info().attributes)


def test_model_attributes_of_a_file_in_another_format_is_none(tmp_path):
    from ghatna.ner.tagger import model_attributes

    other = tmp_path / "other.bin"
    other.write_bytes(b"not a crfsuite model" * 10)
    assert model_attributes(other) is None


def test_restricted_features_are_the_full_ones_minus_unknown_attributes():
    from ghatna.ner.features import FeatureBuilder

    full = sentence_features(SENTENCE)
    known = frozenset(x for i, f in enumerate(full) for x in f[i % 3::3])  # an arbitrary third
    builder = FeatureBuilder(known)
    sentences = [SENTENCE, SENTENCE[:1], SENTENCE[:2], SENTENCE[3:], ["x", "y", "z"]]
    sentences += [s for s, _ in train_ner.split(_hiner())[1][:200]]
    for tokens in sentences:
        # (the tagger's attributes as UTF-8 bytes: crfsuite takes them as they are)
        expected = [[x.encode() for x in f if x in known] for f in sentence_features(tokens)]
        assert builder.sentence(tokens) == expected, tokens
        assert builder.sentence(tokens) == expected, tokens  # from the word-form cache too


def test_word_pairs_are_found_by_their_words_even_holding_a_bar():
    """The restricted builder looks word-pair attributes up by the two words (pair_tables):
    an attribute whose words hold a "|" is found under the words that make it."""
    from ghatna.ner.features import PAIR_PREFIXES, FeatureBuilder, pair_tables

    tokens = ["क|ख", "ग", "घ|ङ|च", "छ", "|", "ज"]
    full = sentence_features(tokens)
    known = frozenset(x for f in full for x in f)
    assert sum(x.startswith(PAIR_PREFIXES) for f in full for x in f) >= 10
    assert FeatureBuilder(known).sentence(tokens) == [[x.encode() for x in f] for f in full]
    tables = pair_tables(frozenset({"0|+1=a|b|c", "-1|0=x|y"}))
    assert tables["0|+1="] == {("a", "b|c"): b"0|+1=a|b|c", ("a|b", "c"): b"0|+1=a|b|c"}
    assert tables["-1|0="] == {("x", "y"): b"-1|0=x|y"} and tables["-1|+1="] == {}


def test_tagger_gives_the_tags_of_the_full_features():
    import pycrfsuite

    crf = pycrfsuite.Tagger()
    crf.open(str(MODEL_PATH))
    tagger = NerTagger()
    _, held = train_ner.split(_hiner())
    for tokens, _ in held[:300]:
        assert tagger.tag(tokens) == crf.tag(sentence_features(tokens)), tokens


def test_frequency_feature_tells_common_words_from_unlisted_ones():
    from ghatna.ner.features import ZIPF_PATH

    assert ZIPF_PATH.is_file(), f"{ZIPF_PATH} is not shipped: run training/train_ner.py"
    # "में" (in) is among the most frequent Hindi words; a made-up word is in no list
    [common, unlisted] = sentence_features(["में", "क्षज्ञट्ठ"])
    zc = [x for x in common if x.startswith("z=")]
    assert len(zc) == 1 and int(zc[0][2:]) >= 5, common
    assert "z=none" in unlisted and "-1:" + zc[0] in unlisted, unlisted


def test_zipf_table_keeps_the_largest_frequency_of_a_word(tmp_path):
    lexicon = tmp_path / "lex.tsv"
    lexicon.write_text("# comment\nkey\tlevel\tdevanagari\tzipf\tspelling\n"
                       "a\t1\tघर\t5.2\t\nb\t2\tघर\t4.9\tx\nc\t1\tनदी\t3.99\t\n", encoding="utf-8")
    out = tmp_path / "z.tsv"
    assert train_ner.write_zipf_table(lexicon, out) == 2
    rows = [r.split("\t") for r in out.read_text(encoding="utf-8").splitlines()
            if not r.startswith("#")]
    assert sorted(rows) == [["घर", "5"], ["नदी", "3"]]
