"""A bare government title with no country and no holder the knowledge base knows is the
story's own official, named by the office; other bare titles stay unresolved."""
from ghatna.api import extract


def _actors(text: str) -> list[tuple[str, dict | None, dict | None]]:
    return [(e["type"], e["actor1"], e["actor2"]) for e in extract(text, published="2024-05-01")]


def test_a_bare_chief_minister_gives_orders_as_the_state():
    [(etype, agent, target)] = _actors(
        "मुख्यमंत्री ने अधिकारियों को राहत कार्य तेज करने के निर्देश दिए।")
    assert etype == "REQUEST"
    assert (agent["name"], agent["country"], agent["sector"]) == ("chief minister", "IND", "GOV")
    assert agent["id"] is None and target["name"] == "officials"


def test_a_bare_title_of_no_government_office_names_nobody():
    # a police or army title alone says too little about whose force it is
    assert _actors("पुलिस अधीक्षक ने थाना प्रभारियों को गश्त बढ़ाने के निर्देश दिए।") == []


def test_a_bare_title_is_the_person_last_named_with_it():
    # "राज्यपाल जगदीप धनखड़ ... राज्यपाल ने": the governor named before; "उनसे और ..." keeps
    # the case fused in the pronoun
    roles = [(t, a1 and a1["name"], a2 and a2["name"]) for t, a1, a2 in _actors(
        "ममता बनर्जी ने राज्यपाल जगदीप धनखड़ को इस्तीफा सौंपा। राज्यपाल ने उनसे और मौजूदा "
        "मंत्रिपरिषद से पद पर बने रहने का अनुरोध किया।")]
    assert ("REQUEST", "Jagdeep Dhankhar", "Mamata Banerjee") in roles


def test_own_soldiers_called_back_are_no_target():
    assert [(t, a2) for t, _, a2 in _actors("रूस ने सीमा से अपने सैनिकों को वापस बुला लिया।")] == [
        ("RETREAT", None)]
