from testkit import run_stages


def places(text: str):
    doc = run_stages(text, "places")
    return [(m.place.name, m.attrs.locative) for ms in doc.mentions for m in ms if m.place]


def test_locative_marks_the_scene():
    assert ("Moscow", True) in places("उन्होंने मास्को में मुलाकात की")
    assert ("Moscow", True) in places("They met in Moscow.")
    assert ("Russia", False) in places("रूस से तेल खरीदा गया")


def test_unknown_village_named_beside_a_known_district():
    found = places("शोपियां जिले के केलार में मुठभेड़ हुई")
    assert any(name.startswith("Kelar") and name.endswith("Shopian") and loc for name, loc in found)


def test_an_unknown_noun_before_me_is_not_a_place():
    assert all(name != "Rup" for name, _ in places("राहत के रूप में सामग्री भेजी गई"))
