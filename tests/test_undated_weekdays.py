"""A weekday in a report with no day to count it from (issue 8, dedup): no dateline and no
publication day. The event stays undated but keeps the weekday as its date text, when it is
the sentence's only date, so that the store can match the report with an event on that
weekday. A report with a publication day resolves the weekday as before."""
from ghatna.api import extract


def _dated(text: str, published: str | None) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["date"], e["date_text"]) for e in extract(text, published=published)]


def test_an_undated_report_keeps_its_weekday_as_text():
    assert _dated("भारत और जापान ने शनिवार को रक्षा मंत्री स्तर की पहली बैठक की।", None) == \
        [("CONSULT", None, "शनिवार")]
    assert _dated("Prime Minister Narendra Modi met the Japanese Foreign Minister on Saturday.",
                  None) == [("CONSULT", None, "Saturday")]


def test_a_dated_report_resolves_the_weekday():
    assert _dated("भारत और जापान ने शनिवार को रक्षा मंत्री स्तर की पहली बैठक की।",
                  "2019-11-30") == [("CONSULT", "2019-11-30", "शनिवार")]


def test_a_weekday_beside_another_date_word_is_not_kept():
    # "arrived on Friday ... met today": which day is the meeting's is unsaid
    found = _dated("शुक्रवार को भारत पहुंचे नेपाल के प्रधानमंत्री ने आज प्रधानमंत्री नरेंद्र मोदी से "
                   "मुलाकात की।", None)
    assert found and all(text is None for _, _, text in found)
