"""Who protests or accuses, and against whom, as unseen news words it (session 13, helper
protest13). The sentences are our own. Three readings: the leaders or union of a crowd act for
that crowd; a bare "Leader of the Opposition" is the story's own opposition leader; a protest
held at someone's residence or office is aimed at its owner."""

from __future__ import annotations

import pytest
from testkit import event_actors, event_roles, who


def _sides(text: str, etype: str = "PROTEST",
           published: str = "2024-05-01") -> list[tuple[str | None, str | None]]:
    return [(a1, a2) for t, a1, a2 in event_roles(text, published) if t == etype]


@pytest.mark.parametrize(("text", "crowd"), [
    ("छात्र नेताओं ने फीस बढ़ोतरी के खिलाफ कुलपति कार्यालय पर प्रदर्शन किया।", "students"),
    ("Farmer leaders held a protest against the new procurement rules in Bathinda.", "farmers"),
    ("Farmers' unions staged a protest against the power tariff hike in Ludhiana.", "farmers"),
    ("Maoist leaders attacked a police camp in Bijapur.", "Maoists"),
])
def test_the_leaders_or_union_of_a_crowd_are_that_crowd(text: str, crowd: str):
    # before: the head noun named them ("politicians", "workers"), a party or labour sector
    agents = [a1 for _, a1, _ in event_roles(text)]
    assert agents and agents[0] == crowd


@pytest.mark.parametrize(("text", "agent"), [
    ("भाजपा नेताओं ने बिजली कटौती के खिलाफ प्रदर्शन किया।", "Bharatiya Janata Party"),
    ("आंदोलनकारी किसानों ने तहसील पर प्रदर्शन किया।", "farmers"),
])
def test_an_organisation_s_leaders_and_a_qualified_crowd_are_unchanged(text: str, agent: str):
    assert [a1 for a1, _ in _sides(text)] == [agent]


@pytest.mark.parametrize("text", [
    "नेता प्रतिपक्ष ने सरकार पर किसानों को धोखा देने का आरोप लगाया।",
    "विपक्ष के नेता ने सरकार पर बजट के आंकड़े छिपाने का आरोप लगाया।",
])
def test_a_bare_leader_of_the_opposition_is_the_story_s_own(text: str):
    # a report with no date (no holder to look up) and one dated before any listed holder
    accused = [(who(a1), who(a2)) for t, a1, a2 in event_actors(text, "2001-05-01")
               if t == "ACCUSE"]
    assert accused == [(("leader of opposition", "IND", "PTY"), ("government", "IND", "GOV"))]


def test_a_bare_party_title_still_names_no_one():
    # a party's "महासचिव" alone: whose party is unsaid (word class home_office_role lists
    # only the opposition leader, whose office is the story's own house)
    assert _sides("महासचिव ने सरकार पर किसानों को धोखा देने का आरोप लगाया।", "ACCUSE",
                  "2001-05-01") == []


def test_a_named_leader_of_the_opposition_keeps_the_name():
    sides = _sides("नेता प्रतिपक्ष रमेश वर्मा ने सरकार पर किसानों को धोखा देने का आरोप लगाया।",
                   "ACCUSE")
    assert sides and sides[0][0] != "leader of opposition"


@pytest.mark.parametrize(("text", "owner"), [
    ("कांग्रेस कार्यकर्ताओं ने भाजपा कार्यालय के बाहर प्रदर्शन किया।", "Bharatiya Janata Party"),
    ("भाजपा कार्यकर्ताओं ने कांग्रेस के दफ्तर के सामने नारेबाजी की।", "Indian National Congress"),
    ("Congress workers protested outside the BJP office in Indore.", "Bharatiya Janata Party"),
    ("AAP workers staged a protest outside the Congress headquarters in Delhi.",
     "Indian National Congress"),
])
def test_a_protest_at_someone_s_seat_is_aimed_at_its_owner(text: str, owner: str):
    # before: the implicit government, or no target at all
    assert [a2 for _, a2 in _sides(text)] == [owner]


@pytest.mark.parametrize("text", [
    # the protesters' own office, and an office a march sets out from, are no target
    "कांग्रेस कार्यकर्ताओं ने कांग्रेस कार्यालय के बाहर महंगाई के खिलाफ प्रदर्शन किया।",
    "भाजपा कार्यकर्ताओं ने कांग्रेस कार्यालय से जुलूस निकालकर प्रदर्शन किया।",
    "Congress workers marched from the BJP office to the collectorate in protest.",
])
def test_the_own_seat_or_a_starting_point_is_no_target(text: str):
    targets = [a2 for _, a2 in _sides(text)]
    assert targets and not any(t in ("Indian National Congress", "Bharatiya Janata Party")
                               for t in targets)


@pytest.mark.parametrize(("text", "agent"), [
    # the actor after "of" owns the noun before it: not who raised the slogans
    ("Farmers gathered near the office of the district collector and raised slogans against "
     "the government in Nashik.", "farmers"),
    ("Teachers waited outside the chamber of the education minister and raised slogans "
     "against the government in Patna.", "teachers"),
    # after a count or a member word, the "of" phrase is who acts
    ("Thousands of farmers raised slogans against the government in Nashik.", "farmers"),
    ("Members of the opposition raised slogans against the government in Patna.", "opposition"),
])
def test_an_owner_after_of_is_no_subject(text: str, agent: str):
    assert [a1 for a1, _ in _sides(text)] == [agent]


@pytest.mark.parametrize(("text", "etype"), [
    ("पुलिस ने मेरठ में किसानों पर लाठीचार्ज किया। रालोद नेता ने किसानों पर लाठीचार्ज की निंदा की।",
     "ACCUSE"),
    ("पुलिस ने छात्रों पर लाठीचार्ज किया। कांग्रेस ने छात्रों पर हुए लाठीचार्ज के विरोध में प्रदर्शन किया।",
     "PROTEST"),
    ("पुलिस ने सपा नेता को गिरफ्तार किया। सपा कार्यकर्ताओं ने गिरफ्तारी के विरोध में धरना दिया।",
     "PROTEST"),
    ("Police lathi-charged farmers in Meerut. Akhilesh Yadav condemned the lathi-charge on farmers.",
     "ACCUSE"),
    ("Police arrested the SP leader in Lucknow. SP workers protested against the arrest.", "PROTEST"),
])
def test_a_judged_coercion_is_aimed_at_who_did_it(text: str, etype: str):
    # before: the victims ("किसानों पर") or the implicit government were the target
    assert [a2 for _, a2 in _sides(text, etype)] == ["police"]


def test_an_arrest_that_only_dates_the_act_keeps_its_patient():
    # "X की गिरफ्तारी के बाद": the arrest says when; the accused stays the accused
    sides = _sides("सीबीआई ने आरोपी अधिकारी की गिरफ्तारी के बाद उस पर रिश्वत लेने का आरोप लगाया।",
                   "ACCUSE")
    assert sides and sides[0][1] != "police"


def test_an_attack_in_words_is_the_accusation_not_a_judged_act():
    # "सरकार पर हमला बोला": the harm noun is the predicate itself; the government is its target
    sides = _sides("विपक्ष ने बेरोजगारी को लेकर केंद्र सरकार पर हमला बोला।", "ACCUSE")
    assert sides and sides[0][1] == "Government of India"
