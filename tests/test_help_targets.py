"""Issue 8 (helper voice): whom help is for, refusals worded in the negative, English glosses
in brackets and participles after a comma. Sentences written for these tests."""

from ghatna.api import extract
from ghatna.data import Actor
from ghatna.pipeline.code import _fellow_helper


def _sides(text: str, etype: str) -> list[tuple[str | None, str | None]]:
    return [(e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"])
            for e in extract(text, published="2024-05-10") if e["type"] == etype]


def test_a_force_of_the_helpers_own_country_is_no_one_helped() -> None:
    ndrf = Actor("National Disaster Response Force", id="org:ndrf", country="IND", sector="POL",
                 kind="org")
    sdrf = Actor("State Disaster Response Force", id="org:sdrf", country="IND", sector="POL",
                 kind="org")
    army = Actor("army", country="UKR", sector="MIL", kind="group")
    villagers = Actor("villagers", country="IND", sector="CVL", kind="group")
    assert _fellow_helper("AID", ndrf, sdrf)
    assert not _fellow_helper("AID", ndrf, villagers)
    # another country's army can be helped; other acts keep their force targets
    assert not _fellow_helper("AID", Actor("United States", country="USA", sector="GOV"), army)
    assert not _fellow_helper("ASSAULT", ndrf, sdrf)


def test_help_sent_to_a_city_abroad_is_for_its_country() -> None:
    assert _sides("भारत ने सोमवार को तीन विमानों से 40 टन राहत सामग्री काठमांडू भेजी।", "AID") == [
        ("India", "Nepal")]
    assert _sides("India on Monday sent three planes of relief supplies to Colombo.", "AID") == [
        ("India", "Sri Lanka")]


def test_help_given_abroad_with_no_receiver_is_for_that_country() -> None:
    assert _sides("The Indian Army carried out rescue operations in Nepal on Sunday.", "AID") == [
        ("Indian Army", "Nepal")]
    # at home the people helped stay the receivers
    helped = _sides("NDRF teams rescued 200 people in Assam on Sunday.", "AID")
    assert helped and all(target != "India" for _, target in helped)


def test_talks_ruled_out_in_the_negative_are_a_refusal() -> None:
    text = "प्रधानमंत्री ने कहा कि आतंक के रहते पाकिस्तान से कोई बातचीत नहीं होगी।"
    events = [e for e in extract(text, published="2024-05-10") if e["type"] == "REJECT"]
    assert [(e["actor2"]["name"], e["negated"], e["planned"]) for e in events] == [
        ("Pakistan", False, False)]


def test_an_english_gloss_in_brackets_keeps_the_hindi_marker() -> None:
    text = ("जेलेंस्की ने कहा कि रूसी राष्ट्रपति व्लादिमीर पुतिन (Russian President Vladimir Putin) "
            "से कोई बातचीत नहीं होगी।")
    assert _sides(text, "REJECT") == [("Volodymyr Zelensky", "Vladimir Putin")]


def test_a_participle_after_a_comma_takes_the_main_subject() -> None:
    text = ("India said the report was based on flawed data, rebutting Canada's claims that "
            "Indian agents were involved.")
    assert _sides(text, "REJECT") == [("India", "Canada")]


def test_relief_sent_to_the_one_foreign_country_named_is_for_that_country():
    # the learned detector anchors the help on "relief"; its NDRF team is the helper's own
    sides = _sides("India on Monday dispatched the first batch of quake relief material "
                   "comprising an NDRF rescue team and medical supplies to quake-hit Nepal "
                   "aboard an Indian Air Force aircraft.", "AID")
    assert sides == [("India", "Nepal")]


def test_a_flight_from_a_foreign_country_is_no_help_for_it():
    # the evacuees' flight comes from Sudan (सूडान से): the help is for the citizens, not Sudan
    sides = _sides("भारत ने सूडान में फंसे अपने नागरिकों को निकालने के लिए ऑपरेशन कावेरी शुरू "
                   "किया। इस अभियान के तहत 231 भारतीयों को लेकर आज सुबह पहली फ्लाइट सूडान से "
                   "भारत पहुंची।", "AID")
    assert ("India", "Sudan") not in sides
