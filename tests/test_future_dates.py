"""A date after the report's day (issue 8, dedup): it cannot date an act the report tells as
done; it dates what the act is about (a session proposed, a hearing set), so the act takes the
report's day (what the store dedups reports of one act by). An announced act keeps its own
future date, a done act its earlier one."""
from ghatna.api import extract


def _dated(text: str, published: str) -> list[tuple[str, str | None, bool]]:
    return [(e["type"], e["date"], e["planned"]) for e in extract(text, published=published)]


def test_a_done_act_about_a_later_day_is_dated_by_the_report():
    for text in ("Governor Anusuiya Uikey has returned the government's proposal seeking to "
                 "convene a special session of the assembly on October 27.",
                 "The opposition accused the government of rigging the vote count scheduled "
                 "on October 27.",
                 "राज्यपाल ने 27 अक्टूबर को विधानसभा का विशेष सत्र बुलाने का सरकार का प्रस्ताव "
                 "लौटा दिया।"):
        found = _dated(text, "2020-10-20")
        assert found and all(d == "2020-10-20" and not p for _, d, p in found), text
    # a ban from a later day, told the day before
    assert _dated("The Election Commission barred Sidhu from campaigning for 72 hours from "
                  "10 am on 23 April.", "2020-04-22") == [("COERCE", "2020-04-22", False)]


def test_an_announced_act_keeps_its_future_day():
    assert _dated("Prime Minister Narendra Modi will meet the Nepali Prime Minister on "
                  "October 27.", "2020-10-20")[0][1:] == ("2020-10-27", True)


def test_a_done_act_on_an_earlier_day_keeps_it():
    found = _dated("Police arrested five protesters in Raipur on October 17.", "2020-10-20")
    assert [(t, d) for t, d, _ in found] == [("COERCE", "2020-10-17")]
