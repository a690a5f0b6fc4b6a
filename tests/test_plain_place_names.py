"""Place names as English news writes them (issue 8, helper frole15): an event in the Maldives'
capital is placed at "Male", not GeoNames' "Malé" (the scorer and readers match plain words);
Delhi's "Karol Bāgh" is "Karol Bagh" (gazetteer.plain_latin)."""
from testkit import docs_line

from ghatna.pipeline.gazetteer import plain_latin


def test_a_capital_with_an_accent_is_named_without_it() -> None:
    events = docs_line("विदेश मंत्री ने सोमवार को माले में मालदीव के राष्ट्रपति से मुलाकात की।",
                       "2024-03-05")["events"]
    assert events and {(e["location"] or {}).get("name") for e in events} == {"Male"}


def test_plain_latin_keeps_plain_names_and_drops_marks() -> None:
    assert [plain_latin(n) for n in ("Karol Bāgh", "Côte d’Ivoire", "New Delhi")] == [
        "Karol Bagh", "Cote d’Ivoire", "New Delhi"]
