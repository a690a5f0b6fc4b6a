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
