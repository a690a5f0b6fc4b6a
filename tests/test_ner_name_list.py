"""The learned tagger finds unseen people through the name lists (person_names.tsv, session 12).

A listed name the tagger never saw in training is found far more often than an unlisted one, so
the sentences below use family and given names that the HiNER training part does not hold as
PERSON and that were added to the list (sport, film, world affairs). Sentences are our own.
"""

from __future__ import annotations

import pytest

from ghatna.ner import NerTagger
from ghatna.ner.features import sentence_features

CASES = [
    ("बैठक में रम्सफेल्ड और पेट्रियस भी मौजूद थे .", ["रम्सफेल्ड", "पेट्रियस"]),
    ("कल सरकोजी और बर्लुस्कोनी की मुलाकात हुई .", ["सरकोजी", "बर्लुस्कोनी"]),
    ("फ़िल्म में वहीदा और वैजयंतीमाला ने काम किया .", ["वहीदा", "वैजयंतीमाला"]),
    ("टीम में स्टायरिस और एस्टल को जगह मिली .", ["स्टायरिस", "एस्टल"]),
]


@pytest.mark.parametrize(("sentence", "people"), CASES)
def test_listed_names_in_a_pair_are_both_people(sentence: str, people: list[str]) -> None:
    tokens = sentence.split()
    found = [" ".join(tokens[a:b]) for a, b, label in NerTagger().entities(tokens) if label == "PERSON"]
    assert found == people


@pytest.mark.parametrize(("sentence", "people"), CASES)
def test_each_name_carries_a_name_list_cue(sentence: str, people: list[str]) -> None:
    tokens = sentence.split()
    feats = sentence_features(tokens)
    for person in people:
        own = feats[tokens.index(person)]
        assert any(f.startswith("name=") for f in own), person
