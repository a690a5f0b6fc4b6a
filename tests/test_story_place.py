"""An event its own sentences place nowhere happens where the story happens: the place the
document names most often."""

from __future__ import annotations

from ghatna import extract


def _places(text: str) -> list[str | None]:
    return [(e["location"] or {}).get("name") for e in extract(text, published="2021-10-04")]


def test_an_unplaced_event_takes_the_place_the_story_names_most() -> None:
    text = ("Karnal's farmers are angry about paddy prices, and so are Panipat's traders. Paddy "
            "lies unsold in the markets of Karnal. Farmers protested on Monday.")
    assert _places(text) == ["Karnal"]


def test_the_same_in_hindi_and_the_place_feeds_the_implicit_target() -> None:
    text = ("करनाल के किसान धान के दाम से नाराज हैं। करनाल की मंडियों का धान बिका नहीं है। "
            "किसानों ने सोमवार को प्रदर्शन किया।")
    [event] = extract(text, published="2021-10-04")
    assert event["location"]["name"] == "Karnal"
    assert event["actor2"]["country"] == "IND"


def test_a_place_in_the_events_own_sentence_wins() -> None:
    text = ("Karnal's farmers are angry. Paddy lies unsold in the markets of Karnal. "
            "Farmers protested in Panipat on Monday.")
    assert _places(text) == ["Panipat"]


def test_a_story_that_names_no_place_leaves_the_event_unplaced() -> None:
    assert _places("Farmers protested on Monday.") == [None]


def test_a_country_as_place_becomes_the_city_the_story_is_datelined_in() -> None:
    text = ("Kathmandu, Oct 4: Indian Prime Minister Narendra Modi arrived in Nepal on Monday on "
            "a two-day visit. Modi met Nepal's Prime Minister Sher Bahadur Deuba on Monday.")
    places = [(e["actor2"] or {}).get("name") and (e["location"] or {}).get("name")
              for e in extract(text, published="2021-10-04")]
    assert places and set(places) == {"Kathmandu"}


def test_an_earlier_trip_recalled_keeps_its_country() -> None:
    text = ("Kathmandu, Oct 4: Modi met Nepal's Prime Minister Sher Bahadur Deuba on Monday. "
            "Modi had visited Nepal in March 2021.")
    by_date = {e["date"]: (e["location"] or {}).get("name")
               for e in extract(text, published="2021-10-04")}
    assert by_date.get("2021-03") == "Nepal"


def test_countries_named_as_actors_do_not_outvote_the_city_of_the_story() -> None:
    # France, Oman and Singapore name the ministers' countries; the leaders are in Delhi
    text = ("विदेश मंत्री एस जयशंकर ने फ्रांस, ओमान और सिंगापुर के अपने समकक्षों के साथ शुक्रवार "
            "को बैठक की। फ्रांस और ओमान के मंत्री प्रसन्न थे। सिंगापुर और फ्रांस के मंत्री भी "
            "प्रसन्न थे। ये नेता दिल्ली आए हुए हैं।")
    places = {(e["location"] or {}).get("name") for e in extract(text, published="2023-03-03")
              if e["type"] == "CONSULT"}
    assert places == {"Delhi"}


def test_here_is_where_the_report_is_filed():
    from ghatna.api import extract

    events = extract("New Delhi, Dec 5 (PTI) A Congress delegation met Election Commission "
                     "officials here on Friday and complained about a roadshow in Ahmedabad.",
                     published="2025-12-05")
    meeting = next(e for e in events if e["type"] == "CONSULT")
    assert meeting["location"]["name"] == "New Delhi"


def test_an_institution_acts_at_its_seat():
    from ghatna.api import extract

    events = extract("मध्य प्रदेश के इंदौर में चुनाव प्रचार तेज हो गया है। चुनाव आयोग ने कांग्रेस नेता "
                     "को आचार संहिता के उल्लंघन पर नोटिस भेजा।", published="2024-05-01")
    notice = next(e for e in events if e["actor1"]["name"] == "Election Commission of India")
    assert notice["location"]["name"] == "New Delhi"


def test_a_scene_named_after_the_event_does_not_move_it_from_the_dateline() -> None:
    """The lead's later sentence places an earlier act ("the roadshow in Ahmedabad", "सूरत में
    शराब बनाता था"): the event told before it happened where the report is filed."""
    text = ("New Delhi, March 4: The Congress on Tuesday demanded a ban on campaigning by Amit "
            "Shah. The party said Shah had held a roadshow in Ahmedabad after voting.")
    assert _places(text) == ["New Delhi"]
    text = ("लखनऊ: गुजरात पुलिस ने सोमवार को एक वांछित आरोपी को गिरफ्तार कर लिया. आरोपी सूरत में "
            "नकली शराब बनाने का काम करता था.")
    assert _places(text) == ["Lucknow"]


def test_where_the_meeting_took_place_holds_for_the_meeting_told_before() -> None:
    text = ("Modi, Putin hold talks. New Delhi, Oct 4: Prime Minister Narendra Modi met Russian "
            "President Vladimir Putin on Friday. The meeting took place in Moscow.")
    assert _places(text) == ["Moscow"]


def test_the_scene_later_sentences_inherit_is_the_finest_place_of_its_phrase() -> None:
    text = ("Two militants were killed in an encounter with security forces in the Wanigund "
            "Lidder forest area of south Kashmir's Anantnag district on Sunday. The militants "
            "fired upon the search party.")
    assert set(_places(text)) == {"Anantnag"}
