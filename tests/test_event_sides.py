"""Two groups of the same kind from different countries are two sides of an event. Sentences
written for these tests."""

from testkit import event_roles as _pairs

from ghatna.api import extract


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], (e["actor1"] or {}).get("country"), (e["actor2"] or {}).get("country"))
            for e in extract(text, published="2024-05-01")]


def test_soldiers_of_two_countries_are_agent_and_target_in_hindi():
    assert ("ASSAULT", "CHN", "IND") in _sides("चीनी सैनिकों ने भारतीय सैनिकों पर हमला किया.")


def test_soldiers_of_two_countries_are_agent_and_target_in_english():
    assert ("ASSAULT", "CHN", "IND") in _sides("Chinese soldiers attacked Indian soldiers in Galwan.")


def test_a_colon_ends_the_clause_of_a_headline_glued_to_the_first_sentence():
    events = _pairs("Joe Biden on trade : प्रधानमंत्री नरेंद्र मोदी सोमवार को रूसी राष्ट्रपति "
                    "व्लादिमीर पुतिन से मिलेंगे।")
    assert ("CONSULT", "Narendra Modi", "Vladimir Putin") in events
    assert all(a1 != "Joe Biden" for _, a1, _ in events)


def test_a_city_inside_a_hindi_visit_predicate_is_the_visit_s_destination():
    assert ("CONSULT", "Narendra Modi", "Japan") in _pairs(
        "प्रधानमंत्री मोदी दो दिन की यात्रा पर कल टोक्यो पहुंचे।")


def test_an_article_after_a_comma_keeps_a_list_of_targets_joined():
    targets = {a2 for t, _, a2 in _pairs(
        "Khattar accused Rahul Verma, the Congress and the BJP of instigating people.")
        if t == "ACCUSE"}
    assert {"Rahul Verma", "Indian National Congress", "Bharatiya Janata Party"} <= targets


def test_an_attack_told_by_its_casualties_has_them_as_target() -> None:
    # the attacker stands in the genitive, the dead or wounded are the subject
    # (soldiers in a Maoist story are the security forces: code._police_war_force)
    assert _pairs("नक्सलियों के हमले में 11 जवान शहीद हो गए।") == [
        ("ASSAULT", "Maoists", "security forces")]
    assert _pairs("आतंकियों की गोलीबारी में दो पुलिसकर्मी घायल हो गए।") == [
        ("ASSAULT", "militants", "police")]
