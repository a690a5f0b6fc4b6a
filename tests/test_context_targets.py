"""A conflict act told with no target of its own is aimed at whom the same agent acted on in
the last sentences (code._counterpart_in_context, word class context_target_type; issue 8).
Every sentence is our own."""
from testkit import event_roles


def test_a_warning_after_sanctions_is_aimed_at_the_sanctioned_state():
    assert ("THREATEN", "United States", "China") in event_roles(
        "अमेरिका ने मंगलवार को चीन पर नए प्रतिबंध लगाए। अमेरिका ने चेतावनी दी कि और शुल्क लगाए"
        " जाएंगे।")
    assert ("THREATEN", "Donald Trump", "China") in event_roles(
        "US President Donald Trump imposed new tariffs on China on Monday. A day later, he"
        " warned that more tariffs would follow within a week.")


def test_a_sentence_between_the_acts_does_not_break_the_thread():
    assert ("THREATEN", "United States", "China") in event_roles(
        "अमेरिका ने मंगलवार को चीन पर नए प्रतिबंध लगाए। बाजार में गिरावट दर्ज की गई। अमेरिका ने"
        " चेतावनी दी कि और शुल्क लगाए जाएंगे।")


def test_no_earlier_act_gives_no_target_and_no_event():
    assert event_roles("अमेरिका ने चेतावनी दी कि और शुल्क लगाए जाएंगे।") == []
    assert event_roles("Japan warned that more sanctions would follow within a week.") == []


def test_an_earlier_act_of_another_agent_gives_no_target():
    assert event_roles("चीन ने मंगलवार को जापान पर नए प्रतिबंध लगाए। अमेरिका ने चेतावनी दी कि"
                       " और शुल्क लगाए जाएंगे।") == [("SANCTION", "China", "Japan")]
    assert event_roles("Japan imposed new sanctions on North Korea on Monday. China warned that"
                       " more sanctions would follow within a week.") == [
        ("SANCTION", "Japan", "North Korea")]


def test_an_act_too_many_sentences_back_gives_no_target():
    assert event_roles(
        "अमेरिका ने मंगलवार को चीन पर नए प्रतिबंध लगाए। बाजार में गिरावट दर्ज की गई। निवेशक"
        " चिंतित दिखे। सोने के दाम बढ़े। अमेरिका ने चेतावनी दी कि और शुल्क लगाए जाएंगे।") == [
        ("SANCTION", "United States", "China")]


def test_an_act_that_is_no_conflict_act_takes_no_target_from_context():
    # a demand (REQUEST) is not of word class context_target_type
    assert event_roles("अमेरिका ने मंगलवार को चीन पर नए प्रतिबंध लगाए। अमेरिका ने मांग की कि"
                       " बातचीत फिर शुरू हो।") == [("SANCTION", "United States", "China")]


def test_an_attack_by_the_side_just_acted_on_is_aimed_back():
    # word class returned_act_type: a fight has two sides
    assert ("ASSAULT", "criminals", "police") in event_roles(
        "Police raided a smugglers' den in Amritsar on Thursday. The smugglers opened fire.")


def test_an_attack_by_a_side_no_act_was_aimed_at_is_not_aimed_back():
    assert event_roles("Police raided a smugglers' den in Amritsar on Thursday. Two hours later,"
                       " unidentified gunmen opened fire.") == [("COERCE", "police", "criminals")]
