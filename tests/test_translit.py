import pytest

from ghatna.translit import devanagari_to_latin


@pytest.mark.parametrize("hindi,latin", [
    ("लावरोव", "Lavrov"), ("पुतिन", "Putin"), ("मंटुरोव", "Manturov"), ("डेनिस", "Denis"),
    ("व्लादिमीर", "Vladimir"), ("नरेंद्र", "Narendra"), ("अमित", "Amit"), ("रमेश", "Ramesh"),
    ("हंदवाडा", "Handwara"), ("अवंतीपोरा", "Awantipora"), ("देवेंद्र", "Devendra"), ("यादव", "Yadav"),
    ("बडा", "Bara"), ("मंडी", "Mandi"),
])
def test_schwa_deletion_gives_news_spellings(hindi, latin):
    assert devanagari_to_latin(hindi) == latin


@pytest.mark.parametrize("hindi,latin", [
    ("डॉक्टर", "Doktar"),  # ॉ, the candra o of English loanwords
    ("लाॅवरोव", "Lovrov"),  # the same vowel typed as ा + ॅ
    ("ऑस्ट्रेलिया", "Ostreliya"),  # its independent form
])
def test_candra_vowels_become_latin_letters(hindi: str, latin: str) -> None:
    assert devanagari_to_latin(hindi) == latin


@pytest.mark.parametrize("hindi,latin", [
    ("चंद्र", "Chandra"), ("चौहान", "Chauhan"), ("छगन", "Chhagan"), ("सच्चिदानंद", "Sachchidanand"),
])
def test_ca_and_cha_are_spelled_as_english_news_spells_them(hindi: str, latin: str) -> None:
    assert devanagari_to_latin(hindi) == latin
