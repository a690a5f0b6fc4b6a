"""What a message is about is no side of it ("an input about militants", "briefed X about the
war in Ukraine"), unless the pattern ends in the opener ("complained about X").
Sentences written for these tests."""

from ghatna.api import extract


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"])
            for e in extract(text, published="2023-08-09")]


def test_input_about_a_group_is_no_meeting_with_it() -> None:
    assert _sides("The operation began after the army received an input about the movement "
                  "of militants near the village.") == []


def test_information_regarding_an_operation_is_no_meeting() -> None:
    assert _sides("The envoy received the information this morning regarding Israel's "
                  "strikes on Hezbollah.") == []


def test_country_a_briefing_is_about_is_no_side() -> None:
    sides = _sides("Foreign Minister Sergey Lavrov said he apprised S Jaishankar about the "
                   "fighting in Ukraine, during talks with the Indian counterpart on Monday.")
    assert all("Ukraine" not in (a1, a2) for _, a1, a2 in sides)
    # the talks themselves stay, between the two ministers (either way round)
    assert {frozenset((a1, a2)) for t, a1, a2 in sides if t == "CONSULT"} == {
        frozenset(("Sergei Lavrov", "S. Jaishankar"))}


def test_a_pattern_ending_in_the_opener_keeps_its_target() -> None:
    assert ("ACCUSE", "Indian National Congress", "Election Commission of India") in _sides(
        "The Congress complained about the Election Commission on Tuesday.")


def test_a_new_clause_ends_the_topic_phrase() -> None:
    # the police after "following which" act in a clause of their own
    sides = _sides("Troops received an input about militants, following which the police "
                   "arrested Ramesh Kumar Yadav.")
    assert ("COERCE", "police", "Ramesh Kumar Yadav") in sides


def test_about_before_a_number_means_nearly() -> None:
    sides = _sides("About 300 teachers marched in Lucknow on Friday to protest against the "
                   "new pension rules.")
    assert any(t == "PROTEST" and a1 == "teachers" for t, a1, _ in sides)
