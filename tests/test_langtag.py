import pytest
from testkit import run_stages


def norms(text: str) -> list[str]:
    doc = run_stages(text, "langtag")
    return [t.norm for s in doc.sentences for t in s.tokens]


def test_english_words_in_hindi_read_as_hindi():
    assert norms("Tuesday को President ने बात की")[:4] == ["मंगलवार", "को", "राष्ट्रपति", "ने"]


def test_word_with_english_stem_and_hindi_suffix():
    doc = run_stages("भारत-रूस अंतर-Governmentी आयोग की बैठक हुई", "langtag")
    glued = next(t for t in doc.sentences[0].tokens if t.text == "Governmentी")
    assert glued.norm == "सरकारी" and glued.lang == "en"
    assert len(doc.sentences) == 1


def test_multiword_english_title_becomes_one_hindi_word():
    doc = run_stages("Prime Minister मोदी ने कहा", "langtag")
    tokens = doc.sentences[0].tokens
    assert tokens[0].norm == "प्रधानमंत्री" and tokens[1].norm == ""


@pytest.mark.parametrize("text,lang", [
    ("सेना ने अभ्यास किया", "hi"),
    ("The army held an exercise", "en"),
    ("Tuesday को उन्होंने President से मुलाकात की", "hi-en"),
])
def test_document_language(text, lang):
    assert run_stages(text, "langtag").lang == lang


def test_english_names_with_hindi_grammar_make_a_hindi_sentence():
    doc = run_stages("Prime Minister Narendra Modi का अभिवादन पहुंचाया", "langtag")
    assert doc.sentences[0].lang == "hi"


def test_english_sentence_keeps_english_norms():
    doc = run_stages("Police met the President.", "langtag")
    assert [t.norm for t in doc.sentences[0].tokens][:2] == ["police", "met"]


@pytest.mark.parametrize("text,romanized", [
    # a party's name and a piece of a hyphenated word are no Hindi of the sentence
    ("The Janata Dal leader and de-facto chief of the alliance met the governor on Monday.",
     False),
    ("Janata Dal ke neta ne Monday ko governor se mulakat ki.", True),
])
def test_names_and_word_pieces_do_not_make_romanized_hindi(text, romanized):
    sentence = run_stages(text, "langtag").sentences[0]
    assert sentence.romanized is romanized
