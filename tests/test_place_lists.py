"""Places of an act told over a list of places, and a sea named after a state (issue 8, helper
frole15): "आंध्र प्रदेश और तेलंगाना में टीमें तैनात की गईं" is placed in Andhra Pradesh, the first of
the list, not in the one nearest the verb (code._first_of_list); help sent to "जमैका और क्यूबा"
is placed in each recipient; "बंगाल की खाड़ी" is a sea, not West Bengal, and no word of it is read
as an unknown place (not_entities.tsv, Sentence.not_entities)."""
from testkit import docs_line


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], (e["actor2"] or {}).get("name"), (e["location"] or {}).get("name"))
            for e in docs_line(text, "2024-03-05")["events"]]


def test_an_act_over_two_states_is_placed_in_the_first() -> None:
    events = _places("बाढ़ को देखते हुए एनडीआरएफ ने सोमवार को आंध्र प्रदेश और तेलंगाना में राहत "
                     "के लिए अपनी टीमें तैनात कीं।")
    assert events and {place for _, _, place in events} == {"Andhra Pradesh"}


def test_help_for_a_listed_country_is_placed_in_that_country() -> None:
    # a guard: the first of the list is not the place of help aimed at the second
    events = _places("जमैका और क्यूबा में तूफान से तबाही के बाद भारत ने सोमवार को वहां राहत सामग्री भेजी।")
    assert ("AID", "Cuba", "Cuba") in events


def test_the_bay_of_bengal_is_no_place_of_the_act() -> None:
    events = _places("बंगाल की खाड़ी में बने चक्रवात को देखते हुए एनडीआरएफ ने सोमवार को ओडिशा के "
                     "तटीय जिलों में राहत के लिए अपनी टीमें तैनात कीं।")
    assert events and {place for _, _, place in events} == {"Odisha"}
