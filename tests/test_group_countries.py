"""A group named again without its nationality is the group whose country was said."""
from ghatna.api import extract


def test_fishermen_named_indian_stay_indian_when_named_again():
    events = extract("कोलंबो में श्रीलंकाई नौसेना ने 20 भारतीय मछुआरों को रिहा कर दिया। नौसेना ने "
                     "पिछले महीने 30 मछुआरों को गिरफ्तार किया था।", published="2024-05-01")
    arrests = [e for e in events if e["type"] == "COERCE"]
    assert [(e["actor2"]["name"], e["actor2"]["country"]) for e in arrests] == [
        ("fishermen", "IND")]


def test_a_group_never_given_a_country_is_local():
    events = extract("कोलंबो में श्रीलंकाई नौसेना ने 30 मछुआरों को गिरफ्तार किया।",
                     published="2024-05-01")
    assert [(e["actor2"]["name"], e["actor2"]["country"]) for e in events] == [
        ("fishermen", "LKA")]


def test_a_group_heading_the_predicate_is_its_object():
    # "राजनयिक को निष्कासित": the pattern starts at the group word, which is still who is
    # expelled (a Canadian government official)
    [event] = extract("भारत ने कनाडा के वरिष्ठ राजनयिक को निष्कासित कर दिया है।",
                      published="2024-05-01")
    assert (event["type"], event["actor1"]["name"]) == ("SANCTION", "India")
    assert (event["actor2"]["country"], event["actor2"]["sector"]) == ("CAN", "GOV")


def test_a_release_told_without_agent_is_by_who_arrested():
    events = extract("श्रीलंकाई नौसेना ने 24 मार्च को 54 भारतीय मछुआरों को गिरफ्तार किया था। शेष 14 "
                     "मछुआरों को शनिवार सुबह रिहा कर दिया गया।", published="2024-03-30")
    release = [e for e in events if e["type"] == "RETREAT"]
    assert [(e["actor1"]["name"], e["actor2"]["name"]) for e in release] == [
        ("Sri Lanka Navy", "fishermen")]
