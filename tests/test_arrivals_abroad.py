"""A visit told as a bare arrival or departure ("पुतिन नई दिल्ली पहुंचे", "भारत आई थीं", "left
for Beijing", "arrived here"), pattern flag abroad: the place reached stands for its country,
only a country other than the traveller's counts, and only a state's envoy travels. Sentences
written for these tests."""

from testkit import event_roles


def _consults(text: str) -> list[tuple[str | None, str | None]]:
    return [(a1, a2) for t, a1, a2 in event_roles(text) if t == "CONSULT"]


def test_a_hindi_arrival_in_a_foreign_capital_is_a_visit_to_its_country():
    assert _consults("रूस के विदेश मंत्री सर्गेई लावरोव बुधवार शाम नई दिल्ली पहुंचे।") == [
        ("Sergei Lavrov", "India")]


def test_a_hindi_came_to_country_is_a_visit():
    assert _consults("जापान के प्रधानमंत्री फुमियो किशिदा पिछले साल भारत आए थे।") == [
        ("Fumio Kishida", "India")]


def test_a_hindi_departure_for_a_foreign_city_is_a_visit():
    assert _consults("विदेश मंत्री एस जयशंकर आज सिंगापुर के लिए रवाना हुए।") == [
        ("S. Jaishankar", "Singapore")]


def test_an_arrival_at_home_is_no_visit():
    assert _consults("प्रधानमंत्री नरेंद्र मोदी रविवार को लखनऊ पहुंचे।") == []
    assert _consults("Chief Minister Yogi Adityanath reached Gorakhpur on Sunday.") == []


def test_the_place_left_is_not_the_place_reached():
    # a flight from Israel is nobody's visit; Israel is where it came from
    assert _consults("इजराइल से पहली उड़ान शनिवार सुबह दिल्ली पहुंची।") == []


def test_troops_or_migrants_arriving_are_no_visit():
    assert _consults("चीनी सैनिक सीमा के पास गलवान घाटी पहुंचे।") == []
    assert _consults("Bangladeshi migrants reached Assam last week.") == []


def test_english_journeys_abroad_without_a_visit_noun():
    assert _consults("Pakistan Prime Minister Shehbaz Sharif left for Beijing on Monday.") == [
        ("Shehbaz Sharif", "China")]
    assert _consults("Prime Minister Narendra Modi flew to Paris on Sunday.") == [
        ("Narendra Modi", "France")]
    assert _consults("Prime Minister Narendra Modi travelled to Moscow on Monday.") == [
        ("Narendra Modi", "Russia")]


def test_tourists_and_teams_travelling_abroad_are_no_visit():
    assert _consults("Thousands of tourists travelled to Thailand for the New Year.") == []
    assert _consults("The Indian cricket team arrived in Australia for the Test series.") == []


def test_arrived_here_reaches_the_dateline_country():
    text = "KATHMANDU, Nov 25: Prime Minister Narendra Modi arrived here on Tuesday."
    assert _consults(text) == [("Narendra Modi", "Nepal")]


def test_an_arrival_to_attend_a_summit_is_the_summit_not_a_second_visit():
    roles = _consults("प्रधानमंत्री मोदी ब्रिक्स शिखर सम्मेलन में हिस्सा लेने के लिए कजान पहुंचे।")
    assert ("Narendra Modi", "BRICS") in roles and ("Narendra Modi", "Russia") not in roles


def test_an_arrival_stands_for_the_same_days_meeting_with_the_host():
    text = ("विदेश मंत्री एस जयशंकर मंगलवार को रूस पहुंचे। मंगलवार को उन्होंने मास्को में "
            "रूसी राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।")
    assert _consults(text) == [("S. Jaishankar", "Vladimir Putin")]


def test_a_call_told_by_its_two_joined_sides():
    assert _consults("Narendra Modi and Anthony Albanese spoke over the phone on Monday.") in (
        [("Narendra Modi", "Anthony Albanese")], [("Anthony Albanese", "Narendra Modi")])
