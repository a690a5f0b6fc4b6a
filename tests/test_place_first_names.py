"""A city's or country's name that opens a person's name (issue 8, helper frole15): "Bharat Singh",
"अजमेर सिंह", "Foreign Minister Santiago Cafiero" are people, not India, Ajmer or Santiago
(mentions._free_first_names, mentions._place_opens_latin_name). The place stays a place
where no surname or title makes a person of it."""
from testkit import event_actors


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e, (a1 or {}).get("name"), (a2 or {}).get("name"))
            for e, a1, a2 in event_actors(text, "2024-03-04")]


def test_a_country_name_before_a_surname_is_a_given_name() -> None:
    assert _sides("Police arrested Bharat Singh in Ludhiana on Monday.") == [
        ("COERCE", "police", "Bharat Singh")]


def test_a_hindi_city_name_before_a_surname_is_a_given_name() -> None:
    assert _sides("पुलिस ने अजमेर सिंह को सोमवार को लुधियाना में गिरफ्तार किया।") == [
        ("COERCE", "police", "Ajmer Singh")]


def test_a_city_name_after_a_title_opens_the_name() -> None:
    events = event_actors("Argentine Foreign Minister Santiago Cafiero met Jaishankar in New Delhi "
                          "on Monday.", "2024-03-04")
    assert [(e, a1["name"], a1["country"]) for e, a1, _ in events if a1] == [
        ("CONSULT", "Santiago Cafiero", "ARG")]


def test_a_city_without_a_name_after_it_stays_a_place() -> None:
    events = event_actors("Police arrested two smugglers in Ajmer on Monday.", "2024-03-04")
    assert events and all(a2 is None or "Ajmer" not in a2["name"] for _, _, a2 in events)


def test_the_accused_named_after_a_comma_are_one_side() -> None:
    assert _sides("The police arrested the accused, Ramesh Kumar Purohit, in Kanpur on Monday.") == [
        ("COERCE", "police", "Ramesh Kumar Purohit")]
