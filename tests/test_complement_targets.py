"""An accusation whose target is the subject of the "that" clause after it."""
import pytest
from testkit import event_roles


@pytest.mark.parametrize("text,expected", [
    ("कांग्रेस ने आरोप लगाया कि भाजपा ने चुनाव में धांधली की।",
     ("ACCUSE", "Indian National Congress", "Bharatiya Janata Party")),
    ("ममता बनर्जी ने आरोप लगाया कि केंद्र सरकार राज्य के साथ भेदभाव कर रही है।",
     ("ACCUSE", "Mamata Banerjee", "Government of India")),
])
def test_the_subject_of_the_that_clause_is_the_accused(text, expected):
    assert expected in event_roles(text)


def test_a_that_clause_far_from_the_predicate_gives_no_target():
    # the "कि" clause belongs to "कहा", not to the accusation made earlier in the sentence
    roles = event_roles("कांग्रेस ने आरोप लगाया और बाद में प्रवक्ता ने कहा कि भाजपा जीतेगी।")
    assert not any(r[0] == "ACCUSE" and r[2] == "Bharatiya Janata Party" for r in roles)


def test_an_international_body_before_a_summit_noun_is_the_forum_met():
    roles = event_roles("प्रधानमंत्री नरेंद्र मोदी ब्रिक्स शिखर सम्मेलन में हिस्सा लेंगे।")
    assert roles == [("CONSULT", "Narendra Modi", "BRICS")]
