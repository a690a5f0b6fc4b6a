import pytest

from ghatna.pipeline.segment import segment_text, token_script


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment_text(text)]


@pytest.mark.parametrize("text,expected", [
    ("राम आया। श्याम गया।", ["राम आया।", "श्याम गया।"]),
    ("एस. जयशंकर ने बात की. फिर लौटे.", ["एस. जयशंकर ने बात की.", "फिर लौटे."]),
    ("डॉ. शर्मा आए. वे बोले.", ["डॉ. शर्मा आए.", "वे बोले."]),
    ("राष्ट्रपति जो. बाइडन आए. वे बोले.", ["राष्ट्रपति जो. बाइडन आए.", "वे बोले."]),
    ("The U.S. envoy met Dr. Rao on Feb. 3. Talks ended.",
     ["The U.S. envoy met Dr. Rao on Feb. 3.", "Talks ended."]),
    ("Is it? Yes!", ["Is it?", "Yes!"]),
    # scraped text that lost the space after a Hindi full stop; initials stay glued
    ("नेता आए.पुलिस ने उन्हें रोका. एस.जयशंकर लौटे.",
     ["नेता आए.", "पुलिस ने उन्हें रोका.", "एस.जयशंकर लौटे."]),
    ("यह 3.5 प्रतिशत है.Markets fell.", ["यह 3.5 प्रतिशत है.Markets fell."]),
    ("पहली पंक्ति\nदूसरी पंक्ति", ["पहली पंक्ति", "दूसरी पंक्ति"]),
])
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_hindi_verb_before_full_stop_ends_the_sentence():
    # "की." looks like a one-syllable word: it must not be taken for an initial
    assert len(segment_text("उन्होंने मुलाकात की. बाद में लौटे.")) == 2


def test_token_scripts():
    assert token_script("भारत") == "deva"
    assert token_script("India") == "latn"
    assert token_script("Governmentी") == "mixed"
    assert token_script("१८") == "digit"
    assert token_script(",") == "punct"


def test_paragraphs_are_numbered():
    sents = segment_text("एक. दो.\nतीन.")
    assert [s.paragraph for s in sents] == [0, 0, 1]
