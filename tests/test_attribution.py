"""Who a report is attributed to is no party to it. Sentences written for these tests."""

from ghatna.api import extract


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"])
            for e in extract(text, published="2023-08-09")]


def _names(text: str) -> set[str | None]:
    return {name for _, a1, a2 in _sides(text) for name in (a1, a2)}


def test_trailing_attribution_is_no_target() -> None:
    assert "officials" not in _names(
        "Bihar police raided a house in Araria and arrested two men, officials said.")
    assert "officials" not in _names(
        "Bihar police raided a house in Araria and arrested two men, said officials.")


def test_hindi_attribution_is_no_agent() -> None:
    # the officials are no party; the security post stands for its forces (groups.tsv)
    assert _sides("बकौल अधिकारी, आतंकियों ने सुरक्षा चौकी पर हमला किया।") == [
        ("ASSAULT", "militants", "security forces")]


def test_a_speaker_opening_the_main_clause_still_acts() -> None:
    sides = _sides("Accusing the BJP of backdoor politics, Baghel added that the Raj Bhavan "
                   "should not become an arena.")
    assert ("ACCUSE", "Bhupesh Baghel", "Bharatiya Janata Party") in sides


def test_a_report_cited_with_as_per_is_no_agent() -> None:
    # "as per" and an article before the source: the agency reports, India asks
    names = _names("As per a PTI report, India is seeking duty concessions for textiles from "
                   "the United States.")
    assert "Press Trust of India" not in names


def test_every_actor_of_an_according_to_phrase_is_a_source() -> None:
    # a long phrase with a title, a short form in brackets and an apposition before its comma
    sides = _sides("According to Sukma superintendent of police (SP), Ravi Kumar, there was a "
                   "long exchange of fire between the Maoists and the DRG team.")
    assert sides and all(a1 != "Ravi Kumar" and a2 != "Ravi Kumar" for _, a1, a2 in sides)
    assert ("ASSAULT", "District Reserve Guard", "Maoists") in sides


def test_a_trailing_according_to_phrase_is_a_source() -> None:
    # the agency named at the end of the phrase reports the arrests; it is not arrested
    names = _names("Police arrested three men in Araria, according to a report by the Press "
                   "Trust of India.")
    assert "Press Trust of India" not in names


def test_the_main_clause_after_the_phrase_keeps_its_subject() -> None:
    assert _sides("According to the district police chief, Maoists attacked the CRPF camp in "
                  "Sukma.") == [("ASSAULT", "Maoists", "Central Reserve Police Force")]
