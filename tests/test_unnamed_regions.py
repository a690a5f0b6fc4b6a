"""Relief for people nobody names, told for two states, is two events (one per region); told
again for a district of the same state, or placed only by the dateline, it stays one.
Sentences written for these tests."""

from ghatna.api import extract


def _aid_places(text: str) -> list[str]:
    return [e["location"]["name"] for e in extract(text, published="2024-07-15")
            if e["type"] == "AID"]


def test_relief_in_two_states_is_two_events():
    places = _aid_places("NDRF teams rescued 200 people in Assam on Sunday. NDRF teams also "
                         "rescued 150 people in Bihar on Sunday.")
    assert sorted(places) == ["Assam", "Bihar"]


def test_hindi_deployment_in_another_state_is_another_event():
    places = _aid_places("एनडीआरएफ की टीमों ने रविवार को असम में 200 लोगों को बचाया। बिहार में भी "
                         "एनडीआरएफ की 12 टीमें तैनात की गई हैं।")
    assert sorted(places) == ["Assam", "Bihar"]


def test_relief_retold_in_a_district_of_the_same_state_stays_one():
    places = _aid_places("NDRF teams rescued 200 people in Assam on Sunday. The NDRF teams also "
                         "rescued 150 people in Barpeta on Sunday.")
    assert len(places) == 1


def test_a_report_placed_by_the_dateline_names_no_region():
    places = _aid_places("NEW DELHI: NDRF teams rescued 200 people on Sunday. NDRF teams "
                         "rescued 150 people in Bihar on Sunday.")
    assert len(places) == 1
