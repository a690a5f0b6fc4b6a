"""What an order asks for (sentences written for these tests).

- An act ordered by the one who carries it out is that act (pattern flag ordered_act): a
  court's order to release someone is a CONCEDE of the court's (annotation.md: an announced
  release is CONCEDE, as bail), a party's order to expel its rebels a SANCTION; neither is a
  REQUEST to whom it frees or expels.
- An order that names its addressee asks the addressee: a REQUEST to it.
- A rejection governs its complement like a demand: "rejected calls to condemn X" tells no
  condemnation (word class content_governing_type).
"""

from __future__ import annotations

from ghatna.api import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((e["type"], (e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name"))
                  for e in extract(text, published="2024-05-10"))


def test_a_release_ordered_by_a_court_is_the_courts_concession() -> None:
    events = _events("अदालत ने बुधवार को 14 मछुआरों को रिहा करने का आदेश दिया।")
    assert [t for t, _, _ in events] == ["CONCEDE"]
    assert events[0][2] == "fishermen"


def test_a_release_ordered_by_its_noun_is_the_concession_too() -> None:
    assert [t for t, _, _ in _events("अदालत ने गिरफ्तार पत्रकार की तत्काल रिहाई का आदेश दिया।")] \
        == ["CONCEDE"]


def test_an_expulsion_ordered_by_a_party_is_its_sanction() -> None:
    events = _events("कांग्रेस ने सात बागी नेताओं को पार्टी से निष्कासित करने का आदेश जारी किया।")
    assert [t for t, _, _ in events] == ["SANCTION"]


def test_an_english_order_to_release_is_the_concession() -> None:
    events = _events("The high court on Monday ordered the release of nine fishermen.")
    assert [t for t, _, _ in events] == ["CONCEDE"]


def test_an_order_naming_its_addressee_is_a_request_to_it() -> None:
    events = _events("हाईकोर्ट ने पुलिस को दोनों छात्रों को रिहा करने का आदेश दिया।")
    assert [t for t, _, _ in events] == ["REQUEST"]
    assert events[0][2] == "police"


def test_an_english_order_to_someone_to_release_is_a_request() -> None:
    events = _events("The court ordered the police to release the fishermen.")
    assert [(t, a2) for t, _, a2 in events] == [("REQUEST", "police")]


def test_a_rejected_call_to_condemn_tells_no_condemnation() -> None:
    types = [t for t, _, _ in _events("Both countries have rejected the opposition's calls to "
                                      "condemn the invasion.")]
    assert "ACCUSE" not in types


def test_a_rejected_offer_stays_a_rejection() -> None:
    assert [t for t, _, _ in _events("India on Monday rejected Pakistan's offer to hold "
                                     "talks.")] == ["REJECT"]
