"""Police stations as scenes (issue 8, helper frole15): "मेरठ के थाने पर किसानों ने प्रदर्शन किया" is
placed in Meerut and aimed at its police (pipeline/stations.py, word class station_noun); before,
the place was folded into the station's force and the event had no place, and the protest was
aimed at the government."""
from testkit import docs_line


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], (e["actor2"] or {}).get("name"), (e["location"] or {}).get("name"))
            for e in docs_line(text, "2024-03-05")["events"]]


def test_a_protest_at_a_named_towns_police_station() -> None:
    assert _events("मेरठ के थाने पर सोमवार को किसानों ने प्रदर्शन किया।") == [
        ("PROTEST", "Meerut police", "Meerut")]


def test_a_lathi_charge_at_a_police_station_is_placed_there() -> None:
    events = _events("सोमवार को इंदौर के एक थाने पर धरना दे रहे छात्रों पर पुलिस ने लाठीचार्ज किया।")
    assert ("COERCE", "students", "Indore") in events


def test_an_english_protest_at_a_police_station() -> None:
    assert _events("Farmers staged a protest at the Meerut police station on Monday.") == [
        ("PROTEST", "Meerut police", "Meerut")]


def test_a_station_left_is_no_scene() -> None:
    events = _events("मेरठ के थाने से निकलकर किसानों ने सोमवार को कलेक्ट्रेट पर प्रदर्शन किया।")
    assert all(place != "Meerut" or target != "Meerut police" for _, target, place in events)
