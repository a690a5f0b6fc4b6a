"""Statements as fresh news words them (session 15, helper fspeech15): a quoted word inside a
clause is no clause boundary, a proposal or charge after a genitive ends that genitive's
phrase, a denial told as a verdict on the charges in reported speech, a proposal accepted
with its subject between, an allegation of someone's involvement. Sentences written for
this project."""

from __future__ import annotations

from testkit import event_roles


def _of_type(text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [(a1, a2) for t, a1, a2 in event_roles(text) if t == event_type]


def test_a_quoted_adverb_between_subject_and_verb_keeps_the_subject():
    assert _of_type('India "firmly" rejected Pakistan\'s claims.', "REJECT") == [
        ("India", "Pakistan")]
    assert _of_type('The Congress "strongly" condemned the BJP.', "ACCUSE") == [
        ("Indian National Congress", "Bharatiya Janata Party")]


def test_quoted_speech_is_still_a_clause_of_its_own():
    # what a speaker quotes after a comma has its own subject: the rejection is India's
    found = _of_type('Pakistan said, "India has rejected the talks again."', "REJECT")
    assert found and all(agent == "India" for agent, _ in found)


def test_a_proposal_after_a_genitive_is_not_a_group_of_the_owner():
    # "सरकार का प्रस्ताव किसानों" is the government's proposal, and the farmers another side
    assert _of_type("सरकार का प्रस्ताव किसानों ने ठुकरा दिया।", "REJECT") == [
        ("farmers", "government")]


def test_a_group_governed_by_a_genitive_is_still_the_owners():
    # "कांग्रेस के कई नेताओं": the party's members act for the party
    assert _of_type("कांग्रेस के कई नेताओं ने भाजपा की आलोचना की।", "ACCUSE") == [
        ("Indian National Congress", "Bharatiya Janata Party")]


def test_a_denial_told_as_a_verdict_on_the_charges_in_reported_speech():
    assert _of_type("भाजपा ने कहा कि कांग्रेस के आरोप झूठे और बेबुनियाद हैं।", "REJECT") == [
        ("Bharatiya Janata Party", "Indian National Congress")]
    assert _of_type("China said India's allegations were baseless.", "REJECT") == [
        ("China", "India")]


def test_a_verdict_told_in_the_negative_or_on_a_verb_is_no_such_denial():
    # "not baseless" affirms the charges; "बेबुनियाद बताया" is the verb pattern's own reading
    assert _of_type("भाजपा ने कहा कि कांग्रेस के आरोप बेबुनियाद नहीं हैं।", "REJECT") == []
    assert _of_type("भाजपा ने कांग्रेस के आरोपों को बेबुनियाद बताया है।", "REJECT") == [
        ("Bharatiya Janata Party", "Indian National Congress")]


def test_a_proposal_accepted_with_its_subject_between():
    assert _of_type("सरकार के प्रस्ताव को किसानों ने स्वीकार कर लिया।", "AGREE") == [
        ("farmers", "government")]
    assert _of_type("किसानों ने सरकार का प्रस्ताव मानने से इनकार कर दिया।", "AGREE") == []


def test_an_allegation_of_someones_involvement_accuses_them():
    assert _of_type("Pakistan alleged India's involvement in the blast.", "ACCUSE") == [
        ("Pakistan", "India")]
    # the adjective "alleged" before a noun is no accusation
    assert _of_type("The alleged involvement of the gang was probed.", "ACCUSE") == []


def test_the_complementizer_spelt_as_a_genitive_after_a_verb_of_saying():
    # "ने कहा की ...": the clause after it has its own subject, the speaker is no agent of it
    found = _of_type("प्रदेश अध्यक्ष संजय जायसवाल ने कहा की भाजपा ने बागी नेताओं को पार्टी से निकाल दिया"
                     " है।", "SANCTION")
    assert [agent for agent, _ in found] == ["Bharatiya Janata Party"]
    # a genitive की after a noun stays a genitive
    assert _of_type("कांग्रेस ने सरकार की आलोचना की।", "ACCUSE") == [
        ("Indian National Congress", "government")]
