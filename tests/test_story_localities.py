"""An unknown locality in a story with no dateline (issue 8, helper frole15): "in Allipuram area"
is placed with the first place the story named ("Allipuram, Visakhapatnam"); before, with no
known place in its own sentence and no dateline, it was no place at all."""
from testkit import docs_line


def test_a_locality_takes_the_story_place_when_there_is_no_dateline() -> None:
    text = ("Police seized cash at two lodges in Visakhapatnam on Monday. "
            "In another raid in Dondaparthy area, the police arrested Ramesh Kumar Purohit on Monday.")
    events = docs_line(text, "2024-03-05")["events"]
    places = {(e["actor2"] or {}).get("name"): (e["location"] or {}).get("name") for e in events}
    assert places.get("Ramesh Kumar Purohit") == "Dondaparthy, Visakhapatnam"
