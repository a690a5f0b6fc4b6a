"""An office the story gives a known person (issue 8, dedup): a report with no date (and no
publication day) is read at today's date, when a politician may hold no office; the title the
story puts before his name ("नेपाल के प्रधानमंत्री X", "President X") says he acts in it, and
a pronoun or bare title for him later in the story keeps it. "Former" gives no office, and a
name without a title keeps the knowledge base's reading. Reports of one meeting then give
him one sector, whichever report has a date (the store merges them)."""
from testkit import event_actors, who

VISIT_HI = ("नेपाल के प्रधानमंत्री पुष्प कमल दहल ने नई दिल्ली में नरेंद्र मोदी से मुलाकात की। "
            "इसके बाद उन्होंने राष्ट्रपति से भी मुलाकात की।")


def test_a_titled_politician_in_an_undated_hindi_report_acts_in_his_office():
    found = event_actors(VISIT_HI, None)
    assert [who(a1) for _, a1, _ in found] == [("Pushpa Kamal Dahal", "NPL", "GOV")] * 2
    # the same report dated within his term reads the same
    assert [who(a1) for _, a1, _ in event_actors(VISIT_HI, "2023-06-01")] == \
        [("Pushpa Kamal Dahal", "NPL", "GOV")] * 2


def test_a_titled_head_of_state_in_an_undated_english_report_acts_in_his_office():
    found = event_actors("Sri Lankan President Gotabaya Rajapaksa met the Indian High "
                         "Commissioner in Colombo. He later met Chinese diplomats.", None)
    assert [who(a1) for _, a1, _ in found] == [("Gotabaya Rajapaksa", "LKA", "GOV")] * 2


def test_no_title_or_a_former_title_gives_no_office_to_an_undated_report():
    for text in ("पूर्व प्रधानमंत्री पुष्प कमल दहल ने नई दिल्ली में नरेंद्र मोदी से मुलाकात की।",
                 "पुष्प कमल दहल ने नई दिल्ली में नरेंद्र मोदी से मुलाकात की।",
                 "Gotabaya Rajapaksa met the Indian High Commissioner in Colombo."):
        [(_, agent, _)] = event_actors(text, None)
        assert agent["sector"] == "PTY", text


def test_an_announced_meeting_reads_the_office_at_the_reports_day():
    # an announcement has no date of its own; its bare title is the holder on the day the
    # report is published, not today's
    [(etype, agent, target)] = event_actors(
        "नेपाल के प्रधानमंत्री अगले हफ्ते भारत आकर प्रधानमंत्री नरेंद्र मोदी से मुलाकात करेंगे।",
        "2023-05-31")
    assert etype == "CONSULT"
    assert who(agent) == ("Pushpa Kamal Dahal", "NPL", "GOV")
    assert target["name"] == "Narendra Modi"


def test_a_conjunctive_participle_before_a_future_verb_is_announced():
    from ghatna.api import extract

    text = "पुष्प कमल दहल नरेंद्र मोदी से मुलाकात करके सीमा विवाद पर चर्चा करेंगे।"
    assert [(e["type"], e["planned"]) for e in extract(text, published="2023-05-31")] == \
        [("CONSULT", True)]
    done = "पुष्प कमल दहल ने नरेंद्र मोदी से मुलाकात करके सीमा विवाद पर चर्चा की।"
    assert [(e["type"], e["planned"]) for e in extract(done, published="2023-05-31")] == \
        [("CONSULT", False)]
    # an act the participle puts before its clause keeps its own tense
    before = "भारत और चीन के सैनिकों के बीच झड़प होने के बाद सरकार चीनी ऐप्स पर पाबंदी लगाएगी।"
    assert [(e["type"], e["planned"]) for e in extract(before, published="2023-05-31")] == \
        [("ASSAULT", False), ("SANCTION", True)]


def test_a_bare_title_in_an_undated_report_is_the_holder_the_story_names():
    # no date and no publication day: "Nepal's prime minister" is the one person the story
    # names who has held the office (named later), not today's holder
    text = ("नेपाल के प्रधानमंत्री और भारतीय प्रधानमंत्री की मुलाकात हुई है। प्रधानमंत्री नरेंद्र "
            "मोदी और उनके नेपाली समकक्ष शेर बहादुर देउबा ने एक रेलवे लाइन का उद्घाटन किया।")
    [(etype, agent, target)] = event_actors(text, None)
    assert etype == "CONSULT"
    assert {agent["name"], target["name"]} == {"Sher Bahadur Deuba", "Narendra Modi"}
    # a story naming none who held it keeps the office's reading
    [(_, agent, _)] = event_actors("नेपाल के प्रधानमंत्री ने भारत के विदेश मंत्री से मुलाकात की।",
                                   None)
    assert agent["country"] == "NPL" and agent["name"] != "Sher Bahadur Deuba"
