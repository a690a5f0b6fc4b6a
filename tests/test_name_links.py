"""A part of a name given in full earlier in the document names that person."""
from testkit import run_stages


def people(text: str) -> list[list[tuple[str, str]]]:
    """(text, actor name) of every person mention, per sentence."""
    doc = run_stages(text, "mentions")
    return [[(m.text, m.actor.name) for m in ms if m.actor is not None and m.actor.kind == "person"]
            for ms in doc.mentions]


def test_a_hindi_first_name_links_to_the_full_name_before():
    found = people("राष्ट्रपति गोतबाया राजपक्षे ने इस्तीफे की घोषणा की। "
                   "प्रदर्शनकारियों ने गोतबाया के आवास पर कब्जा कर लिया।")
    full = found[0][0][1]
    assert ("गोतबाया", full) in found[1]


def test_an_english_surname_links_and_a_sentence_opening_word_is_no_name_part():
    found = people("Chief Minister Kamal Nath addressed the assembly on Friday. "
                   "Later Nath met Governor Lalji Tandon.")
    assert ("Nath", "Kamal Nath") in found[1]
    assert not any("Later" in text for text, _ in found[1])


def test_a_common_surname_links_to_no_one_outside_an_agent_slot():
    found = people("रमेश कुमार सिंह ने बैठक की। बाद में सिंह परिवार के लोग पहुंचे।")
    assert found[0] and not any(text == "सिंह" for text, _ in found[1])


def test_a_common_surname_before_ne_is_the_one_person_with_it():
    # "सिंह ने": the agent slot names whoever acts, and one person of the story is a Singh
    found = people("रमेश कुमार सिंह ने बैठक की। सिंह ने बयान दिया।")
    assert ("सिंह", found[0][0][1]) in found[1]


def test_a_part_two_people_share_links_to_neither():
    found = people("Gotabaya Rajapaksa and Mahinda Rajapaksa met on Friday. "
                   "Rajapaksa spoke later.")
    assert not any(text == "Rajapaksa" for text, _ in found[1])


def test_a_part_before_the_full_name_is_not_linked():
    found = people("गोतबाया के आवास पर कब्जा हुआ। राष्ट्रपति गोतबाया राजपक्षे ने इस्तीफा दिया।")
    assert not any(text == "गोतबाया" for text, _ in found[0])


def test_a_nickname_after_the_full_name_that_spells_a_known_alias_names_the_person():
    found = people("नेपाल के प्रधानमंत्री पुष्प कमल दहल प्रचंड दिल्ली पहुंचे। "
                   "बाद में प्रचंड ने राष्ट्रपति से भेंट की।")
    assert ("प्रचंड", "Pushpa Kamal Dahal") in found[1]


def test_the_same_word_without_the_full_name_before_it_stays_a_plain_word():
    found = people("चुनाव में भाजपा को प्रचंड बहुमत मिला। प्रचंड जीत के बाद जश्न मनाया गया।")
    assert not any(text == "प्रचंड" for sentence in found for text, _ in sentence)


def test_a_word_after_a_full_name_that_spells_no_alias_is_not_linked():
    found = people("नरेंद्र मोदी सरकार ने फैसला किया। सरकार ने बयान जारी किया।")
    assert not any(text == "सरकार" for text, _ in found[1])
