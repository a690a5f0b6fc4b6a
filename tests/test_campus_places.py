"""Named universities as places (issue 8, helper frole14): "X यूनिवर्सिटी", "X विश्वविद्यालय",
"X University" is one place, the campus, not the city or state inside its name nor nothing at
all; and "बागी" is a party's dissident, not an armed rebel."""
from ghatna.api import extract


def _places(text: str) -> list[str | None]:
    return [(e["location"] or {}).get("name") for e in extract(text, published="2024-05-01")]


def test_a_state_inside_a_university_name_is_the_campus() -> None:
    places = _places("लखनऊ यूनिवर्सिटी में छात्रों ने फीस बढ़ोतरी के खिलाफ प्रदर्शन किया।")
    assert places == ["Lucknow University"]


def test_an_unknown_university_name_is_placed_in_the_city_that_governs_it() -> None:
    places = _places("भोपाल की रामकिशन तिवारी विश्वविद्यालय में छात्रों ने कुलपति के खिलाफ "
                     "प्रदर्शन किया।")
    assert len(places) == 1 and places[0] is not None
    assert places[0].endswith("University, Bhopal")


def test_an_english_university_campus_is_the_place() -> None:
    places = _places("Students protested on Monday at the Lucknow University campus against "
                     "the fee hike.")
    assert places == ["Lucknow University"]


def test_a_bare_university_word_or_a_title_before_it_names_no_campus() -> None:
    places = _places("कानपुर में छात्रों ने विश्वविद्यालय के बाहर प्रदर्शन किया।")
    assert places == ["Kanpur"]
    assert all(p is None or "Kulapati" not in p for p in _places(
        "कानपुर में छात्रों ने प्रदर्शन किया और कुलपति यूनिवर्सिटी नहीं आए।"))


def test_bagi_leaders_are_party_rebels_of_the_story_country() -> None:
    [event] = extract("भाजपा ने सात बागी नेताओं को पार्टी से निष्कासित कर दिया।",
                      published="2024-05-01")
    target = event["actor2"]
    assert event["type"] == "SANCTION" and target is not None
    assert (target["country"], target["sector"]) == ("IND", "PTY")


def test_a_known_person_before_a_bare_university_word_stays_the_side() -> None:
    events = extract("राहुल गांधी विश्वविद्यालय में छात्रों से मिले।", published="2024-05-01")
    assert [(e["type"], e["actor1"]["name"]) for e in events] == [("CONSULT", "Rahul Gandhi")]
