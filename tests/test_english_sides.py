"""Who acts on whom in English sentences: a participle passive with no auxiliary, a complement
after "as", and joined subjects of a one-sided act. Sentences written for these tests."""

from testkit import event_roles


def _sides(text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [(a1, a2) for t, a1, a2 in event_roles(text) if t == event_type]


def test_a_participle_with_no_auxiliary_before_by_is_passive():
    # headline and reduced-relative style: the "by" actor rescued, the subject was rescued
    sides = _sides("Over 800 stranded villagers evacuated by NDRF teams in Assam on Sunday.", "AID")
    assert sides and all(a1 == "National Disaster Response Force" for a1, _ in sides)


def test_the_auxiliary_passive_still_reads_the_same():
    assert ("National Disaster Response Force", "stranded pilgrims") in _sides(
        "More than 300 stranded pilgrims were evacuated by the NDRF near Kedarnath.", "AID")


def test_a_participle_between_keeps_the_active_voice():
    # "owned by Sharma" qualifies the houses; the police did the raid
    roles = event_roles("Police raided houses owned by Sharma in Jaipur.")
    assert not any(a1 == "Sharma" for _, a1, _ in roles)


def test_actors_after_as_name_the_complement_not_the_target():
    roles = event_roles("Modi praised the pact as a win for India, Japan and Australia.")
    assert not any(a2 in ("Japan", "Australia") for t, _, a2 in roles if t == "SUPPORT")


def test_an_actor_joined_by_as_well_as_stays_a_target():
    assert ("police", "Ravi Kumar") in _sides(
        "Police arrested the men as well as a handler, Ravi Kumar.", "COERCE")


def test_as_opening_a_clause_keeps_its_actors():
    assert ("Sheikh Hasina", "protesters") in _sides(
        "Sheikh Hasina fled the capital as the protesters stormed her residence.", "RETREAT")


def test_joined_subjects_of_a_one_sided_act_are_not_agent_and_target():
    roles = event_roles("Delhi Police and CRPF personnel raided the office of the trust.")
    assert not any(a1 == "Delhi Police" and a2 == "Central Reserve Police Force"
                   for _, a1, a2 in roles)


def test_joined_subjects_of_an_agreement_are_its_two_sides():
    assert ("India", "Russia") in _sides("India and Russia signed a defence pact.", "AGREE")


def test_joined_subjects_of_a_mutual_act_are_its_two_sides():
    sides = _sides("Workers of the TMC and the BJP clashed outside a booth in Kolkata.", "ASSAULT")
    assert any({a1, a2} == {"All India Trinamool Congress", "Bharatiya Janata Party"}
               for a1, a2 in sides)


def test_joined_agents_of_a_verbal_act_each_keep_their_event():
    agents = sorted(a1 for t, a1, _ in event_roles(
        "Modi and Shah attacked the Congress over corruption.") if t == "ACCUSE")
    assert agents == ["Amit Shah", "Narendra Modi"]


def test_a_possessive_before_a_visit_noun_is_the_visitor():
    # the owner stands after "to", so it is no subject; the objector is not the visitor
    sides = _sides("Pakistan objected to Japanese Prime Minister Fumio Kishida's visit to India.",
                   "CONSULT")
    assert sides == [("Fumio Kishida", "India")]


def test_a_visit_to_a_place_at_home_is_no_state_visit():
    assert _sides("China protested against Rajnath Singh's visit to Arunachal Pradesh.",
                  "CONSULT") == []
    assert _sides("Rajnath Singh visited Manipur on Monday.", "CONSULT") == []


def test_a_visit_abroad_stays_a_visit():
    assert _sides("Rajnath Singh visited Japan on Monday.", "CONSULT") == [
        ("Rajnath Singh", "Japan")]


def test_joined_subjects_acting_on_each_other_are_both_sides():
    assert sorted(_sides("Congress and the BJP accused each other of rigging the polls.",
                         "ACCUSE")) == [("Bharatiya Janata Party", "Indian National Congress"),
                                        ("Indian National Congress", "Bharatiya Janata Party")]
