"""Spelling variants of known people's names resolve to the known actor (sentences written for
these tests; the variant spellings are not listed in actors.tsv, which a test checks first)."""

import pytest
from testkit import event_actors

from ghatna.pipeline.gazetteer import knowledge_base
from ghatna.pipeline.name_variants import known_variant, word_skeleton
from ghatna.resources import load_table, split_multi, tokenize_surface


def _listed(spelling: str) -> bool:
    key = tokenize_surface(spelling)
    return any(tokenize_surface(alias) == key for row in load_table("actors.tsv")
               for alias in split_multi(row["aliases"]))


def test_vowel_length_and_nasal_spelling_do_not_change_the_skeleton() -> None:
    assert word_skeleton("लावरोव") == word_skeleton("लॉवरोव")
    assert word_skeleton("जेलेंस्की") == word_skeleton("जेलेन्सकी")
    assert word_skeleton("सर्गेई") == word_skeleton("सर्गेइ")


def test_a_final_vowel_sign_still_tells_names_apart() -> None:
    assert word_skeleton("सिन्हा") != word_skeleton("सिंह")
    assert word_skeleton("Lavrov") == "Lavrov"  # another script: as written


@pytest.mark.parametrize("spelling, person", [
    ("सर्गेई लॉवरोव", "person:sergei-lavrov"),
    ("वोलोदिमिर जेलेन्सकी", "person:volodymyr-zelensky"),
    ("खान मुत्तकी", "person:amir-khan-muttaqi"),
])
def test_an_unlisted_spelling_of_a_known_name_is_that_person(spelling: str, person: str) -> None:
    assert not _listed(spelling)
    found = known_variant(tokenize_surface(spelling), knowledge_base())
    assert found is not None and found.id == person


def test_a_common_surname_tail_or_a_single_word_names_no_one() -> None:
    kb = knowledge_base()
    assert known_variant(tokenize_surface("लॉवरोव"), kb) is None
    assert known_variant(tokenize_surface("कुमार सिंह"), kb) is None
    assert known_variant(tokenize_surface("मनोज सिंह"), kb) is None


def test_the_event_names_the_known_person_with_the_text_as_written() -> None:
    text = "सर्गेई लॉवरोव ने मंगलवार को मास्को में जयशंकर से मुलाकात की।"
    events = event_actors(text, published="2024-03-12")
    assert any(kind == "CONSULT" and a1 is not None and a1["id"] == "person:sergei-lavrov"
               and a1["text"] == "सर्गेई लॉवरोव" and a2 is not None and a2["name"] == "S. Jaishankar"
               for kind, a1, a2 in events)
