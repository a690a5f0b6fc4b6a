"""Reference across the document: a pronoun or a bare name part stands for someone named in an
earlier sentence, chosen by number and kind (pronouns.tsv number: sg one person, np no person,
pl a group), and nobody is invented where the story names no such one. Sentences written for
these tests."""

from testkit import event_roles, read_before_coding


def test_a_one_person_pronoun_after_an_arrest_is_the_arrested_not_the_police():
    # "उसने" follows a sentence whose subject is the police: one person, so the suspect
    roles = event_roles("पुलिस ने रविवार को फरार बदमाश को पकड़ लिया। "
                        "उसने एक सिपाही पर चाकू से हमला किया था।")
    assert ("ASSAULT", "criminals", "police") in roles
    assert not any(t == "ASSAULT" and a1 == "police" for t, a1, _ in roles)


def test_a_one_person_pronoun_with_only_a_force_before_it_names_nobody():
    # nobody was named whom "उसने" could be: the police are no one person
    assert event_roles("पुलिस मौके पर पहुंची। उसने एक सिपाही पर चाकू से हमला किया।") == []
    assert not any(a1 == "police" for _, a1, _ in event_roles(
        "Police reached the village on Sunday. He attacked a constable with a knife."))


def test_they_continues_the_subject_of_the_sentence_before():
    # the delegation met the collector; "they" is the delegation, not the farmers named earlier
    roles = event_roles("Farmers gathered outside the collectorate on Sunday. A Congress "
                        "delegation met the collector on Monday. They demanded compensation "
                        "for the farmers.")
    assert any(t == "REQUEST" and a1 == "Indian National Congress" for t, a1, _ in roles)


def test_a_pronoun_subject_keeps_its_subject_past_the_groups_of_its_object():
    # the second "They" is still the villagers, not the accused the first one named
    roles = event_roles("Hundreds of villagers gathered outside the police station on Monday. "
                        "They demanded the arrest of the accused. They also accused the police "
                        "of shielding the attackers.")
    assert ("ACCUSE", "civilians", "police") in roles
    assert not any(a1 == "accused" for _, a1, _ in roles)


def test_it_is_the_state_not_the_salient_person():
    roles = event_roles("Prime Minister Narendra Modi spoke at a rally in Varanasi. Pakistan "
                        "rejected his remarks on Monday. It accused India of spreading lies.")
    assert ("ACCUSE", "Pakistan", "India") in roles


def test_a_common_surname_before_ne_is_the_one_person_of_the_story_with_it():
    roles = event_roles("बिहार के मुख्यमंत्री नीतीश कुमार ने पटना में किसानों से मुलाकात की। "
                        "कुमार ने बाद में राज्यपाल से भी मुलाकात की।")
    assert sum(t == "CONSULT" and a1 == "Nitish Kumar" for t, a1, _ in roles) == 2


def test_a_common_surname_links_only_in_an_agent_slot_and_only_to_one_person():
    doc = read_before_coding("बिहार के मुख्यमंत्री नीतीश कुमार ने पटना में किसानों से मुलाकात की। "
                             "कुमार परिवार के लोग भी मौजूद थे।")
    assert not any(m.actor is not None and m.actor.name == "Nitish Kumar"
                   for m in doc.mentions[1])
    doc = read_before_coding("पूर्व प्रधानमंत्री मनमोहन सिंह और रक्षा मंत्री राजनाथ सिंह दिल्ली में "
                             "मौजूद थे। सिंह ने विपक्ष पर आरोप लगाया।")
    assert not any(m.text == "सिंह" and m.actor is not None for m in doc.mentions[1])


def test_a_genitive_pronoun_owns_an_allegation_as_its_accuser():
    # "उनका आरोप है कि": the allegation is the person the story is about, as "X का आरोप है"
    roles = event_roles("सपा नेता अखिलेश यादव ने लखनऊ में प्रेस कॉन्फ्रेंस की। उनका आरोप है कि "
                        "भाजपा सरकार ने किसानों को धोखा दिया है।")
    assert ("ACCUSE", "Akhilesh Yadav", "Bharatiya Janata Party") in roles
    roles = event_roles("छात्रों ने विश्वविद्यालय के बाहर प्रदर्शन किया। उनका आरोप है कि पुलिस "
                        "छात्रों को दबाने की कोशिश करती है।")
    assert ("ACCUSE", "students", "police") in roles


def test_a_genitive_pronoun_with_a_compound_postposition_is_the_target():
    # "उनके खिलाफ नारेबाजी": the chief minister named before, as "नीतीश कुमार के खिलाफ" would be
    roles = event_roles("मुख्यमंत्री नीतीश कुमार सोमवार को गया पहुंचे। वहां किसानों ने उनके "
                        "खिलाफ नारेबाजी की।")
    assert ("PROTEST", "farmers", "Nitish Kumar") in roles


def test_an_object_pronoun_with_no_subject_before_it_invents_no_target():
    # "उन्हें" is the remarks: no subject before it, and the person named earlier (Modi) is
    # not whom the spokesman rejects
    roles = event_roles("विदेश मंत्रालय ने समारोह में प्रधानमंत्री नरेंद्र मोदी के शामिल होने पर पड़ोसी "
                        "देश की टिप्पणी को खारिज कर दिया और कहा कि उसके पास उपदेश देने का आधार "
                        "नहीं है। प्रवक्ता सुरेश कुमार ने कहा, 'हमने टिप्पणियों को देखा है और "
                        "उन्हें पूरी तरह से खारिज करते हैं।'")
    assert not any(a2 == "Narendra Modi" for _, _, a2 in roles)
