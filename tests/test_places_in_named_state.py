"""Places that share a name (issue 8, helper frole14): the one in the state the sentence
names ("Chhattisgarh's Bijapur district" is not Vijayapura, Karnataka's Bijapur), and a
territory named like its city (Delhi) read as the city."""
from testkit import read_before_coding


def _places(text: str) -> list[tuple[str, str | None]]:
    doc = read_before_coding(text, "2024-03-04")
    return [(m.place.name, m.place.admin1) for ms in doc.mentions for m in ms
            if m.place is not None and m.kind == "place"]


def test_a_shared_name_is_the_place_in_the_named_state() -> None:
    places = _places("Police said two Naxalites were killed in Chhattisgarh's Bijapur district "
                     "on Monday.")
    assert ("Bijapur", "Chhattisgarh") in places


def test_without_a_state_the_bigger_place_stays() -> None:
    assert _places("Farmers gathered in Bijapur on Monday.") == [("Vijayapura", "Karnataka")]


def test_delhi_is_read_as_the_city() -> None:
    assert _places("किसान सोमवार को दिल्ली पहुंचे।") == [("Delhi", "Delhi")]
