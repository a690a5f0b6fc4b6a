"""Hindi subjects in the direct case (pipeline/roles.py, hi_direct_case_subject; issue 8).

ने marks the agent only in the perfective of a transitive verb; the progressive, the future,
the inceptive ("करने लगे"), the completive ("कर चुके") and intransitive verbs ("बैठ गए") leave
their subject unmarked. Two such subjects were read as marked: a group before a bare noun and
its postposition ("किसान सड़क पर": the farmers took पर) and the genitive owner of a member noun
("विपक्ष के सदस्य": the opposition kept के). Sentences are our own."""

from __future__ import annotations

import pytest
from testkit import event_roles, read_before_coding

from ghatna.pipeline.matching import sentence_matches
from ghatna.pipeline.roles import hindi_roles


def _agent_text(text: str) -> str | None:
    """The words of the agent the role rules read for the sentence's first pattern match."""
    doc = read_before_coding(text, published="2024-05-01")
    sentence, mentions = doc.sentences[0], doc.mentions[0]
    match = sentence_matches(sentence).matches[0]
    agent = hindi_roles(sentence, mentions, match).agent
    if agent is None:
        return None
    return " ".join(t.text for t in sentence.tokens[agent.tok_start:agent.tok_end])


@pytest.mark.parametrize(("text", "expected"), [
    # a group before a bare noun and its marker, progressive / future / completive / intransitive
    ("किसान सड़क पर नारेबाजी कर रहे हैं।", ("PROTEST", "farmers")),
    ("छात्र कलेक्ट्रेट पर धरना देंगे।", ("PROTEST", "students")),
    ("मजदूर फैक्टरी पर प्रदर्शन कर चुके हैं।", ("PROTEST", "workers")),
    ("शिक्षक मैदान पर अनशन पर बैठ गए।", ("PROTEST", "teachers")),
    # the owner of a member noun, inceptive and intransitive perfective
    ("विपक्ष के सदस्य वेल में नारेबाजी करने लगे।", ("PROTEST", "opposition")),
    ("नाराज विपक्ष के सभी सदस्य सदन के बीच में हंगामा करने लगे।", ("PROTEST", "opposition")),
    ("NDRF की 12 टीमें राहत और बचाव कार्य में जुटी हैं।",
     ("AID", "National Disaster Response Force")),
    # mixed Hindi-English
    ("Congress के सदस्य सदन में protest कर रहे हैं।", ("PROTEST", "Indian National Congress")),
])
def test_a_direct_case_subject_is_the_agent(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(kind, agent) for kind, agent, _ in event_roles(text)]


def test_the_ergative_reading_is_unchanged() -> None:
    assert ("PROTEST", "opposition") in [
        (kind, agent) for kind, agent, _ in event_roles("विपक्ष के सदस्यों ने नारेबाजी की।")]


def test_a_transitive_perfective_without_ne_finds_no_direct_subject() -> None:
    # "किया" asks for a ने-subject: the bare group before "फैक्टरी पर" is not read as one
    assert _agent_text("मजदूर फैक्टरी पर प्रदर्शन किया।") is None
    assert _agent_text("मजदूर फैक्टरी पर प्रदर्शन कर रहे हैं।") == "मजदूर"


def test_an_object_with_its_marker_stays_the_target() -> None:
    # a subject before it: the group before the name keeps the name's को
    assert ("COERCE", "police", "accused") in event_roles("पुलिस वांछित आरोपी अरशद को गिरफ्तार करेगी।")
    # the passive: who is arrested is the target, never the agent
    roles = event_roles("वांछित आरोपी अरशद को गिरफ्तार कर लिया गया।")
    assert roles and all(agent != "accused" for _, agent, _ in roles)


def test_a_group_qualifying_a_noun_before_a_genitive_is_no_subject() -> None:
    # "थाना क्षेत्र के गांव में": the police station names an area (and the verb is passive)
    assert _agent_text("पुलिस थाना क्षेत्र के गांव में युवक की हत्या कर दी गई।") is None


def test_a_member_noun_ends_the_phrase_its_genitive_opens() -> None:
    # "भाजपा के सदस्य" is the subject, "मुख्यमंत्री के खिलाफ" the target: the title after the
    # member noun is no title of the party (mentions._ends_with_member)
    assert ("PROTEST", "Bharatiya Janata Party", "chief minister") in event_roles(
        "भाजपा के सदस्य मुख्यमंत्री के खिलाफ नारेबाजी करने लगे।")


@pytest.mark.parametrize(("text", "person"), [
    ("बबलू हजारे आजाद मैदान में अनशन पर बैठ गए।", "Bablu Hajare"),
    ("चिंटू शर्मा सोमवार को जंतर मंतर पर धरना दे रहे हैं।", "Chintu Sharma"),
])
def test_an_unknown_name_with_a_known_surname_is_a_direct_case_subject(text: str,
                                                                       person: str) -> None:
    # the tagger's person is kept though the next phrase, not a postposition, follows it: its
    # last word is a surname of person_names.tsv (mentions._keep_entity)
    assert ("PROTEST", person) in [(kind, agent) for kind, agent, _ in event_roles(text)]


def test_of_joined_owners_the_first_is_the_agent() -> None:
    # only the last owner stands before the genitive; the first of the joined ones acts
    text = "NDRF और SDRF की टीमें बाढ़ प्रभावित गांवों में राहत कार्य में जुटी हैं।"
    assert _agent_text(text) == "NDRF"
