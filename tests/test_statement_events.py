"""Statements as unseen news words them (session 11, helper accuse11): an allegation told as
its owner's, a threat told in the negative, a rejection told by its verdict, the subject of a
reported clause as the accused, and a rejection aimed at who made the act it answers.
Sentences written for this project."""

from __future__ import annotations

from testkit import event_roles


def _of_type(text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [(a1, a2) for t, a1, a2 in event_roles(text) if t == event_type]


def test_the_accused_is_the_unmarked_subject_of_the_reported_clause():
    # the complainant (a group word and a name before "की") is whom the government arrested;
    # the accused is the clause's unmarked subject, the government
    found = _of_type("बसपा ने आरोप लगाया कि पत्रकार रमेश वर्मा की गिरफ्तारी कर सरकार सच को दबा"
                     " रही है।", "ACCUSE")
    assert found == [("Bahujan Samaj Party", "government")]


def test_a_reported_clause_with_no_unmarked_subject_keeps_its_first_participant():
    found = _of_type("राजद ने आरोप लगाया कि पुलिस की लापरवाही से दो किसानों की जान गई।", "ACCUSE")
    assert found == [("Rashtriya Janata Dal", "police")]


def test_an_allegation_told_as_its_owners_accuses_the_subject_of_its_clause():
    found = _of_type("किसान संगठनों का आरोप है कि पुलिस ने उन्हें दिल्ली जाने से रोका।", "ACCUSE")
    assert found == [("farmers", "police")]


def test_an_allegation_with_no_owner_is_no_accusation():
    # "X पर ... का आरोप है": a charge someone faces, not an act of its own
    assert _of_type("पूर्व विधायक पर जमीन हड़पने का आरोप है।", "ACCUSE") == []


def test_a_threat_told_in_the_negative_is_made_by_its_speaker_to_whom_it_names():
    found = event_roles("मुख्यमंत्री योगी आदित्यनाथ ने कहा कि दंगाइयों को किसी भी हाल में बख्शा"
                        " नहीं जाएगा।")
    assert ("THREATEN", "Yogi Adityanath", "mob") in found
    threat = [e for e in found if e[0] == "THREATEN"]
    assert len(threat) == 1


def test_a_spared_past_is_no_threat():
    # told in the past, "was not spared" threatens no one
    assert _of_type("पुलिस ने कहा कि किसी आरोपी को बख्शा नहीं गया।", "THREATEN") == []


def test_an_english_threat_in_the_negative():
    found = _of_type("Amit Shah said that the terrorists will not be spared.", "THREATEN")
    assert found == [("Amit Shah", "militants")]


def test_a_rejection_told_by_its_verdict_on_the_allegations():
    found = _of_type("The BJP dismissed as baseless the allegations of the Congress.", "REJECT")
    assert found == [("Bharatiya Janata Party", "Indian National Congress")]
    found = _of_type("The minister termed the allegations of the Congress as false.", "REJECT")
    assert [a2 for _, a2 in found] == ["Indian National Congress"]


def test_a_demand_refused_is_marked_before_the_verbal_noun():
    found = _of_type("भाजपा ने कांग्रेस की मांग को मानने से इनकार कर दिया।", "REJECT")
    assert found == [("Bharatiya Janata Party", "Indian National Congress")]


def test_a_rejection_answers_the_accusation_aimed_at_its_agent():
    english = ("The Congress on Monday accused Union minister Nitin Gadkari of favouring a"
               " contractor. Gadkari dismissed the allegations as baseless.")
    assert _of_type(english, "REJECT") == [("Nitin Gadkari", "Indian National Congress")]
    hindi = ("कांग्रेस ने सोमवार को केंद्रीय मंत्री नितिन गडकरी पर भ्रष्टाचार का आरोप लगाया।"
             " गडकरी ने आरोपों को खारिज कर दिया।")
    assert _of_type(hindi, "REJECT") == [("Nitin Gadkari", "Indian National Congress")]


def test_a_rejection_answers_no_act_of_its_own_side():
    # the last act aimed at the minister is his own party's: no one to answer, the guess stays
    text = ("The BJP praised Union minister Nitin Gadkari for the new highway. Gadkari dismissed"
            " the allegations as baseless.")
    assert all(a2 != "Bharatiya Janata Party" for _, a2 in _of_type(text, "REJECT"))


def test_anger_and_scolding_are_accusations():
    assert _of_type("किसान नेताओं ने पुलिस पर गहरा रोष जताया।", "ACCUSE") == [("farmers", "police")]
    found = _of_type("हाईकोर्ट ने नगर निगम की खिंचाई की।", "ACCUSE")
    assert [a2 for _, a2 in found] == ["municipal authorities"]


def test_a_wrong_reported_by_a_speaker_accuses_the_subject_of_the_clause():
    found = _of_type("शिवपाल यादव ने कहा कि केंद्र सरकार देश को गुमराह कर रही है।", "ACCUSE")
    assert found == [("Shivpal Yadav", "Government of India")]
    found = _of_type("The Congress said the government was misleading the farmers.", "ACCUSE")
    assert found == [("Indian National Congress", "government")]


def test_a_wrong_told_with_no_speaker_or_in_the_negative_accuses_no_one():
    # narrated, the wrong is the reporter's word, not an act of accusing
    assert _of_type("केंद्र सरकार देश को गुमराह कर रही है।", "ACCUSE") == []
    # a reassurance: "the government will discriminate against no one"
    assert _of_type("मुख्यमंत्री योगी आदित्यनाथ ने कहा कि सरकार किसी के साथ भेदभाव नहीं करेगी।",
                    "ACCUSE") == []
    assert _of_type("Amit Shah said the government was not misleading anyone.", "ACCUSE") == []


def test_a_warning_is_aimed_at_the_subject_of_its_clause():
    found = _of_type("राकेश टिकैत ने चेतावनी दी है कि सरकार ने कानून वापस नहीं लिए तो किसान"
                     " आंदोलन तेज करेंगे।", "THREATEN")
    assert found == [("Rakesh Tikait", "government")]
    # a weather warning names no one: no threat
    assert _of_type("मौसम विभाग ने चेतावनी दी कि अगले दो दिन भारी बारिश होगी।", "THREATEN") == []


def test_the_past_of_denying_and_the_adjective_useless():
    assert _of_type("कनाडा के आरोपों को भारत ने नकारा।", "REJECT") == [("India", "Canada")]
    # "X को नकारा बताया" calls X useless: an accusation, no rejection
    text = "विपक्ष ने सरकार को नकारा बताया।"
    assert _of_type(text, "REJECT") == [] and _of_type(text, "ACCUSE") == [("opposition", "government")]


def test_english_verdicts_and_accusations_made():
    found = _of_type("Pakistan termed the allegations of S. Jaishankar as utterly baseless.",
                     "REJECT")
    assert found == [("Pakistan", "S. Jaishankar")]
    found = _of_type("S. Jaishankar made fresh accusations against Pakistan on Wednesday.", "ACCUSE")
    assert found == [("S. Jaishankar", "Pakistan")]
