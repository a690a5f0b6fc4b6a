"""Two groups of the same kind from different countries are two sides of an event. Sentences
written for these tests."""

from ghatna.api import extract


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], (e["actor1"] or {}).get("country"), (e["actor2"] or {}).get("country"))
            for e in extract(text, published="2024-05-01")]


def test_soldiers_of_two_countries_are_agent_and_target_in_hindi():
    assert ("ASSAULT", "CHN", "IND") in _sides("चीनी सैनिकों ने भारतीय सैनिकों पर हमला किया.")


def test_soldiers_of_two_countries_are_agent_and_target_in_english():
    assert ("ASSAULT", "CHN", "IND") in _sides("Chinese soldiers attacked Indian soldiers in Galwan.")
