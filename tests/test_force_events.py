"""Domestic force, protest and deployment news (issue 8): general constructions, each with
sentences written for this project."""
import pytest
from testkit import event_roles


def _typed(text: str, event_type: str) -> list[tuple[str, str | None, str | None]]:
    return [r for r in event_roles(text) if r[0] == event_type]


def test_a_genitive_between_opposed_sides_is_the_encounter_of_the_first():
    # "जवानों की उग्रवादियों से मुठभेड़": the soldiers' encounter with militants, not militant
    # members of the soldiers
    assert _typed("गांव के पास सुबह जवानों की उग्रवादियों से मुठभेड़ हुई।", "ASSAULT") == [
        ("ASSAULT", "soldiers", "militants")]


@pytest.mark.parametrize("text", [
    "Farmers clashed with police near the toll plaza in Ambala.",
    "Several students were hurt in clashes with the police outside the campus in Patna.",
])
def test_a_clash_with_the_police_has_the_police_first(text):
    roles = _typed(text, "ASSAULT")
    assert roles and roles[0][1] == "police"


@pytest.mark.parametrize("text,force", [
    ("शहर के बाहर भारी संख्या में अर्धसैनिक बलों को तैनात किया गया है।", "security forces"),
    ("Riot police were deployed around the stadium in Kolkata.", "police"),
])
def test_a_deployment_told_without_who_ordered_it_is_the_forces_own(text, force):
    assert _typed(text, "MOBILIZE") == [("MOBILIZE", force, None)]


def test_a_deployment_keeps_the_named_agent_and_has_no_target():
    roles = _typed("The state government deployed police near the chief minister's house in "
                   "Lucknow.", "MOBILIZE")
    assert roles and roles[0][2] is None


def test_rescue_teams_sent_to_a_flood_are_no_deployment():
    assert _typed("NDRF teams were deployed in the flood-hit district of Bihar.", "MOBILIZE") == []


@pytest.mark.parametrize("text", [
    "Militants fired at an army post in Kupwara on Sunday. The army retaliated strongly.",
    "आतंकियों ने सीमा चौकी पर गोलीबारी की। सेना ने जवाबी कार्रवाई की।",
])
def test_a_retaliation_targets_the_last_attacker(text):
    assert ("ASSAULT", "army", "militants") in _typed(text, "ASSAULT")


def test_an_object_pronoun_of_a_police_act_is_the_last_criminal_named():
    text = ("पुलिस ने जवाबी फायरिंग की, जिससे लुटेरा घायल हो गया. "
            "इसके बाद पुलिस ने उसे गिरफ्तार कर लिया.")
    assert ("COERCE", "police", "criminals") in _typed(text, "COERCE")


def test_the_genitive_owner_of_a_protest_noun_protests():
    roles = _typed("भर्ती परीक्षा रद्द होने के विरोध में छात्रों का धरना दूसरे दिन भी जारी रहा।",
                   "PROTEST")
    assert roles and roles[0][1] == "students"


def test_a_protest_noun_without_an_owner_codes_nothing():
    assert _typed("प्रदर्शन के दौरान शहर में यातायात बाधित रहा।", "PROTEST") == []


def test_a_participle_before_a_noun_has_it_as_subject():
    roles = event_roles("कलेक्ट्रेट के बाहर प्रदर्शन कर रहे शिक्षकों को पुलिस ने हिरासत में ले लिया।")
    assert ("PROTEST", "teachers", "government") in roles
    assert ("COERCE", "police", "teachers") in roles


@pytest.mark.parametrize("text,expected", [
    ("भाजपा सरकार के विरोध में कांग्रेस कार्यकर्ताओं ने शहर में प्रदर्शन किया।",
     ("PROTEST", "Indian National Congress", "Bharatiya Janata Party")),
    ("समाजवादी पार्टी के विरोध में भाजपा कार्यकर्ताओं ने नारेबाजी की।",
     ("PROTEST", "Bharatiya Janata Party", "Samajwadi Party")),
])
def test_ke_virodh_mein_marks_whom_a_protest_is_against(text, expected):
    assert expected in _typed(text, "PROTEST")


@pytest.mark.parametrize("text,expected", [
    ("पुलिस ने लाठीचार्ज कर उपद्रवियों को खदेड़ दिया।", ("COERCE", "police", "mob")),
    ("पुलिस ने आंसू गैस के गोले छोड़कर प्रदर्शनकारियों को तितर-बितर किया।",
     ("COERCE", "police", "protesters")),
    ("उग्रवादियों ने बारूदी सुरंग से धमाका कर सेना के वाहन को उड़ा दिया।",
     ("ASSAULT", "militants", "army")),
])
def test_a_conjunctive_participle_shares_the_object_of_the_next_verb(text, expected):
    assert expected in event_roles(text)


def test_a_mob_is_a_crowd_of_civilians():
    roles = [e for e in __import__("ghatna.api", fromlist=["extract"]).extract(
        "पुलिस ने लाठीचार्ज कर उपद्रवियों को खदेड़ दिया।", published="2024-05-01")
        if e["type"] == "COERCE"]
    assert roles and roles[0]["actor2"]["sector"] == "CVL"


@pytest.mark.parametrize("text,expected", [
    ("The police fired tear gas shells at the protesters in Srinagar.",
     ("COERCE", "police", "protesters")),
    ("Police fired tear gas at the farmers near the toll plaza in Karnal.",
     ("COERCE", "police", "farmers")),
    ("Militants fired at the security forces in Sopore.",
     ("ASSAULT", "militants", "security forces")),
])
def test_the_object_of_a_final_preposition_follows_an_article(text, expected):
    assert expected in event_roles(text)


@pytest.mark.parametrize("text,expected", [
    ("गुस्साई भीड़ ने थाने का घेराव कर दिया।", ("PROTEST", "mob", "police")),
    ("Maoists attacked a police station in Sukma on Tuesday.", ("ASSAULT", "Maoists", "police")),
])
def test_a_police_station_stands_for_the_police(text, expected):
    assert expected in event_roles(text)


@pytest.mark.parametrize("text,expected", [
    ("Protesters threw stones at the police near the beach in Chennai.",
     ("ASSAULT", "protesters", "police")),
    ("पुलिस और प्रदर्शनकारियों की झड़प में कई लोग घायल हुए।", ("ASSAULT", "police", "protesters")),
])
def test_stone_throwing_and_clashes_have_both_sides(text, expected):
    assert expected in event_roles(text)


def test_an_agentless_attack_on_the_police_is_by_the_crowd_named_before():
    text = "Farmers marched towards the venue in Karnal. Police personnel were also pelted with stones."
    assert ("ASSAULT", "farmers", "police") in event_roles(text)


def test_supporters_of_a_person_are_civilians():
    from ghatna.api import extract
    events = extract("Supporters of the preacher attacked journalists outside the court in Jodhpur.",
                     published="2024-05-01")
    assert any(e["type"] == "ASSAULT" and e["actor1"]["sector"] == "CVL" for e in events)


@pytest.mark.parametrize("text", [
    "जम्मू में पाकिस्तान ने एक बार फिर संघर्ष विराम का उल्लंघन किया।",
    "Pakistan violated the ceasefire again along the Line of Control in Poonch.",
])
def test_a_foreign_ceasefire_violation_is_aimed_at_the_home_forces(text):
    roles = _typed(text, "ASSAULT")
    assert roles and roles[0][1] == "Pakistan" and roles[0][2] == "armed forces"


@pytest.mark.parametrize("text,expected", [
    # the attacker named in the sentence before the victims
    ("चीनी सैनिकों के साथ हुई झड़प में भारत के तीन जवानों की जान चली गई।", "soldiers"),
    # named before the sentence
    ("जंगल में छिपे माओवादियों ने बारूदी सुरंग बिछाई थी। विस्फोट के बाद पुलिस के तीन जवान शहीद "
     "हो गए।", "Maoists"),
    # named only after it
    ("फायरिंग में एक सिपाही को गोली लग गई। बाद में पुलिस ने तीन बदमाशों को गिरफ्तार कर लिया।",
     "criminals"),
])
def test_an_attack_told_by_its_victims_is_by_the_other_side_of_the_story(text, expected):
    roles = _typed(text, "ASSAULT")
    assert len(roles) == 1 and roles[0][1] == expected


@pytest.mark.parametrize("text", [
    "सड़क हादसे में सेना के दो जवान शहीद हो गए।",  # no other side: an accident
    "हादसे में चार लोग मारे गए।",  # the dead of a crowd: riots and accidents alike
])
def test_victims_with_no_opposed_side_code_no_attack(text):
    assert _typed(text, "ASSAULT") == []


def test_an_attack_and_its_dead_are_one_attack():
    text = "आतंकियों ने सेना के शिविर पर हमला किया। हमले में सेना के चार जवान शहीद हो गए।"
    assert _typed(text, "ASSAULT") == [("ASSAULT", "militants", "army")]


@pytest.mark.parametrize("text", [
    "सरकार ने 40 चीनी ऐप्स को बैन कर दिया।",
    "The Indian government banned 25 Chinese apps citing security concerns.",
])
def test_a_ban_on_a_foreign_countrys_apps_sanctions_its_companies(text):
    roles = _typed(text, "SANCTION")
    assert roles and roles[0][2] == "Chinese companies"


def test_a_ban_at_home_stays_a_restriction():
    assert _typed("सरकार ने उग्रवादी संगठन को बैन कर दिया।", "SANCTION") == []


def test_a_ban_on_imports_from_a_country_sanctions_that_country():
    assert _typed("भारत ने नेपाल से होने वाले चावल के आयात पर तत्काल प्रभाव से रोक लगा दी।",
                  "SANCTION") == [("SANCTION", "India", "Nepal")]


def test_him_after_a_named_person_is_that_person():
    roles = _typed("The sessions court rejected the bail plea of Ramesh Kumar and sent him to "
                   "judicial custody.", "COERCE")
    assert roles == [("COERCE", "court", "Ramesh Kumar")]


def test_him_or_her_is_never_the_subject_named_first():
    assert _typed("Jaishankar thanked the envoy for her support.", "SUPPORT") == [
        ("SUPPORT", "S. Jaishankar", "ambassador")]


def test_a_resignation_handed_to_the_person_just_met():
    text = ("मुख्यमंत्री रमेश पटेल ने राजभवन में राज्यपाल सुरेश चंद्र से मुलाकात की और अपना इस्तीफा "
            "उन्हें सौंप दिया।")
    assert _typed(text, "RETREAT") == [("RETREAT", "Ramesh Patel", "Suresh Chandra")]


def test_a_force_man_hit_in_an_encounter_tells_both_sides_firing():
    text = "मुठभेड़ में एक सिपाही को गोली लग गई। बाद में पुलिस ने तीन बदमाशों को गिरफ्तार कर लिया।"
    assert sorted(_typed(text, "ASSAULT")) == [("ASSAULT", "criminals", "police"),
                                               ("ASSAULT", "police", "criminals")]


def test_two_sides_joined_by_a_hyphen_before_an_encounter():
    assert _typed("जंगल में हुई पुलिस-नक्सली मुठभेड़ में गोलीबारी जारी है।", "ASSAULT")[:1] == [
        ("ASSAULT", "police", "Maoists")]


@pytest.mark.parametrize("text", [
    "धरने पर बैठे सैकड़ों कार्यकर्ताओं ने गिरफ्तारियां दीं।",
    "Hundreds of party workers courted arrest outside the assembly in Patna.",
])
def test_courting_arrest_is_an_arrest_by_the_police(text):
    assert _typed(text, "COERCE") == [("COERCE", "police", "party workers")]


@pytest.mark.parametrize("text,freed", [
    ("Activist Ramesh Kumar walked out of Tihar jail on Friday evening.", "Ramesh Kumar"),
    ("पुलिस ने छात्र नेता रमेश कुमार को पकड़ा पर शाम को उन्हें रिहाई मिली।", "Ramesh Kumar"),
])
def test_a_release_told_by_the_one_freed(text, freed):
    roles = _typed(text, "RETREAT")
    assert len(roles) == 1 and roles[0][2] == freed


def test_two_joined_forces_that_disengage_each_withdraw():
    roles = _typed("भारतीय और चीनी सैनिक सीमा के विवादित बिंदु पर अलग हो गए।", "RETREAT")
    assert len(roles) == 2 and roles[0][1:] == roles[1][:0:-1]


def test_soldiers_in_a_maoist_story_are_the_security_forces():
    text = "बस्तर के जंगल में माओवादियों ने गश्ती दल पर घात लगाकर हमला किया। हमले में चार जवान शहीद हो गए।"
    assert _typed(text, "ASSAULT") == [("ASSAULT", "Maoists", "security forces")]
