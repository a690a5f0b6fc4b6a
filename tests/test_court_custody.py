"""Custody or remand a court orders, of any kind (police remand, an agency's custody), told
active, passive or as the court's order, is COERCE by the court on whom it sends; the agency
that holds the custody is never the one sent. Sentences written for these tests."""

from testkit import event_roles


def test_police_remand_sent_by_a_court():
    events = event_roles("जिला अदालत ने दोनों लुटेरों को तीन दिन की पुलिस रिमांड पर भेज दिया।")
    assert [(kind, agent) for kind, agent, _ in events] == [("COERCE", "court")]


def test_agency_custody_told_in_the_passive_is_the_court_s():
    events = event_roles("पूर्व मंत्री को 10 मई तक सीबीआई की हिरासत में भेजा गया है।")
    assert [(kind, agent) for kind, agent, _ in events] == [("COERCE", "court")]
    assert "minister" in (events[0][2] or "")


def test_unresolved_one_sent_gives_no_custody_event():
    # the custody's holder before the noun is not the one sent
    assert event_roles("उन्हें पांच दिन की कस्टडी में भेजा गया है।") == []


def test_custody_the_court_orders_is_the_court_s_act():
    events = event_roles("विशेष अदालत ने व्यापारी को सात दिन की हिरासत में भेजने का आदेश दिया।")
    assert [(kind, agent) for kind, agent, _ in events] == [("COERCE", "court")]


def test_english_passive_with_a_long_custody_phrase():
    events = event_roles("The two traders were sent to a three-day police custody on Tuesday.")
    assert [(kind, agent) for kind, agent, _ in events] == [("COERCE", "court")]
