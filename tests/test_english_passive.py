"""English passives of active patterns, coordinated passive subjects, fronted participles and
given names that are also English words. Sentences written for these tests."""

from testkit import event_roles as _roles


def test_an_active_pattern_read_in_the_passive_swaps_agent_and_target():
    roles = _roles("The protesters were lathi-charged by the police in Patna.")
    assert [(t, a1, a2) for t, a1, a2 in roles if t == "COERCE"] == [
        ("COERCE", "police", "protesters")]


def test_the_active_voice_keeps_its_roles():
    assert ("COERCE", "police", "protesters") in _roles(
        "The police lathi-charged the protesters in Patna.")


def test_an_irregular_participle_reads_the_passive():
    assert ("COERCE", "Delhi Police", "Rahul Verma") in _roles(
        "Rahul Verma was taken into custody by Delhi Police on Monday.")


def test_each_of_several_joined_passive_subjects_is_a_target():
    targets = sorted(a2 for t, _, a2 in _roles(
        "Rahul Verma, Amit Kumar and Sunita Devi were arrested by Delhi Police.") if t == "COERCE")
    assert targets == ["Amit Kumar", "Rahul Verma", "Sunita Devi"]


def test_a_given_name_that_is_an_english_word_joins_a_known_surname():
    assert ("COERCE", "police", "Jasmine Akhtar") in _roles("Police detained Jasmine Akhtar.")


def test_a_weekday_before_a_surname_is_no_name():
    names = {n for _, a1, a2 in _roles("On Monday Khan was detained by the police.")
             for n in (a1, a2)}
    assert "Monday Khan" not in names


def test_a_fronted_participle_takes_the_main_clause_subject_as_agent():
    assert ("ACCUSE", "Bhupesh Baghel", "Bharatiya Janata Party") in _roles(
        "Accusing the BJP of backdoor politics, Baghel said the session must go on.")


def test_a_participle_after_a_subject_keeps_that_subject():
    assert ("ACCUSE", "Bhupesh Baghel", "Bharatiya Janata Party") in _roles(
        "Baghel, accusing the BJP of backdoor politics, said the session must go on.")


def test_a_group_the_pattern_starts_inside_is_its_subject():
    assert any(t == "MOBILIZE" and a1 == "security forces" for t, a1, _ in _roles(
        "Paramilitary forces were deployed in Karnal on Saturday."))


def test_a_second_verb_after_and_shares_the_first_ones_subject():
    from testkit import event_roles

    # "people" is what was rescued, not who evacuated anyone
    roles = event_roles("Teams have rescued 540 people and evacuated about 5,000 persons.")
    assert not any(a1 == "civilians" for _, a1, _ in roles)
    assert ("AGREE", "India", "Pakistan") in event_roles(
        "India and Pakistan met and signed an agreement.")


def test_a_name_inside_a_relative_clause_is_not_the_main_subject():
    from testkit import event_roles

    assert event_roles("Modi, who started his speech by greeting Amit Shah, also thanked the "
                       "Election Commission.")[0][:2] == ("SUPPORT", "Narendra Modi")


def test_a_noun_predicate_takes_its_agent_after_by():
    from testkit import event_roles

    assert event_roles("The attack on tourists by militants in Pahalgam left 26 dead.") == [
        ("ASSAULT", "militants", "pilgrims and tourists")]


def test_an_adverb_between_be_and_the_participle_keeps_it_passive():
    from testkit import event_roles

    # the police are who was pelted, by the protesters
    assert event_roles("Police personnel were also pelted with stones by protesters and had to "
                       "run for cover.") == [("ASSAULT", "protesters", "police")]


def test_the_antecedent_of_who_is_the_subject_even_after_a_preposition():
    from testkit import event_roles

    assert ("COERCE", "police", "protesters") in event_roles(
        "Protesters threw stones at the police, who used batons and tear gas to control the "
        "crowd.")


def test_an_irregular_participle_after_be_is_passive():
    from testkit import event_roles

    # the accused were sent to custody by the court, not the other way round
    assert not any(a2 == "court" for _, _, a2 in event_roles(
        "Aryan and others were sent to judicial custody for 14 days by the court."))
    assert event_roles("Arvind Kejriwal was sent to judicial custody for 14 days by the "
                       "court.") == [("COERCE", "court", "Arvind Kejriwal")]


def test_a_companion_after_along_with_is_not_the_subject():
    from testkit import event_roles

    assert event_roles("Khattar along with Agriculture Minister J.P. Dalal rushed to New Delhi "
                       "to meet Union ministers.") == [
        ("CONSULT", "Manohar Lal Khattar", "ministers")]


def test_two_participles_after_one_auxiliary_are_both_passive():
    from testkit import event_roles

    # the soldiers were hurt; the news agency that reports it attacked no one
    assert event_roles("More than 40 Chinese soldiers have been killed or seriously injured, "
                       "reported news agency ANI quoting sources.") == []


def test_a_bare_participle_before_a_verb_is_no_joined_participle():
    from ghatna.data import Document
    from ghatna.pipeline.matching import sentence_matches
    from ghatna.pipeline.pipeline import default_pipeline
    from ghatna.pipeline.roles import english_passive_voice

    doc = default_pipeline().run(Document(id="t", raw="Those who were detained attacked the "
                                                    "guards."))
    attack = [m for m in sentence_matches(doc.sentences[0]).matches
              if m.pattern.type == "ASSAULT"]
    assert attack and not english_passive_voice(doc.sentences[0], attack[0])


def test_a_participle_joined_to_an_earlier_passive_shares_its_auxiliary():
    # "and detained by ...": the second participle is passive too, its "by" names the agent
    assert ("COERCE", "Haryana Police", "protesters") in _roles(
        "The protesters were stopped at the toll plaza and detained by the Haryana Police.")
    assert ("COERCE", "court", "criminals") in _roles(
        "The three smugglers were caught near the border, questioned overnight and remanded "
        "in judicial custody.")


def test_a_joined_verb_with_an_object_after_it_stays_active():
    roles = _roles("Narendra Modi was welcomed by Joe Biden and signed two pacts.")
    assert any(t == "AGREE" and a1 == "Narendra Modi" for t, a1, _ in roles)


def test_a_title_and_a_name_with_initials_after_by_are_the_agent():
    # "A" is an initial here, not the article; "by" reaches the name across its title
    events = _roles("The adjournment motion of the opposition MLAs was rejected by "
                    "Speaker A K Menon on Monday.")
    assert [(etype, a1) for etype, a1, _ in events] == [("REJECT", "A K Menon")]
