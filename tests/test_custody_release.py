"""A release that names no one it frees frees whom its agent held last; "छोड़ दिया गया" is a
release only after a custody (pipeline/custody.py, flag after_custody; issue 8, helper
nominal13). Every sentence is our own."""
from testkit import event_roles


def test_a_passive_release_after_a_detention_frees_both_detained():
    roles = event_roles("पुलिस ने सोमवार को अजय सिंह और रमेश गुप्ता को हिरासत में ले लिया।"
                        " बाद में उन्हें छोड़ दिया गया।")
    assert ("RETREAT", "police", "Ajay Singh") in roles
    assert ("RETREAT", "police", "Ramesh Gupta") in roles


def test_a_release_in_the_detentions_own_sentence():
    assert ("RETREAT", "police", "youths") in event_roles(
        "पुलिस ने शक के आधार पर चार युवकों को हिरासत में लिया, लेकिन पूछताछ के बाद सभी को छोड़"
        " दिया गया।")


def test_a_pronoun_freed_by_rihaa_is_whom_the_police_held():
    assert ("RETREAT", "police", "students") in event_roles(
        "पुलिस ने धरना दे रहे छात्रों को हिरासत में ले लिया। कुछ घंटे बाद उन्हें रिहा कर दिया गया।")


def test_an_english_passive_release_is_by_who_detained_them():
    roles = event_roles("Police detained Ajay Singh and Ramesh Gupta near the stadium on"
                        " Monday. They were later released.")
    assert ("RETREAT", "police", "Ajay Singh") in roles
    assert ("RETREAT", "police", "Ramesh Gupta") in roles


def test_chhod_without_a_custody_before_it_is_no_release():
    assert event_roles("बदमाशों की बाइक को मौके पर ही छोड़ दिया गया।") == []
    assert event_roles("गांव के पास पानी छोड़ा गया।") == []


def test_a_custody_too_many_sentences_back_frees_no_one():
    assert [r for r in event_roles(
        "पुलिस ने तीन युवकों को हिरासत में लिया। बाजार बंद रहा। शहर में बारिश हुई। सड़कें खाली"
        " रहीं। स्कूल खुले रहे। बाद में उन्हें छोड़ दिया गया।") if r[0] == "RETREAT"] == []


def test_leaving_something_after_an_arrest_is_no_release():
    # the subject left a party: "उसने" is no passive release and the active verb is no release
    assert [r for r in event_roles("पुलिस ने आरोपी को गिरफ्तार कर लिया। उसने पार्टी छोड़ दी थी।")
            if r[0] == "RETREAT"] == []


def test_crowd_control_is_no_custody():
    # a lathi-charge holds no one: tear gas shells "छोड़े गए" after it free no one
    assert [r for r in event_roles(
        "पुलिस ने प्रदर्शनकारियों पर लाठीचार्ज किया। इसके बाद आंसू गैस के गोले छोड़े गए।")
        if r[0] == "RETREAT"] == []


def test_an_adverb_after_and_keeps_the_first_verbs_subject():
    # "and later released them": the police release; the detained are no subject
    # (roles._second_conjunct_objects skips word class passive_adverb after "and")
    roles = event_roles("The police detained the students near the stadium and later released"
                        " them.")
    assert ("RETREAT", "police", "students") in roles
    assert ("RETREAT", "students", "police") not in roles
