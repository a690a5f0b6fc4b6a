"""English attacks told by their casualties: "X were killed in a Maoist attack" (pattern flag
casualty_subject). The casualties are the target; a group or nationality word that modifies
the attack noun is the attacker; with none, the story's attacker. Sentences written for these
tests."""

from testkit import event_roles as _roles


def _assaults(text: str) -> list[tuple[str, str | None, str | None]]:
    return [r for r in _roles(text) if r[0] == "ASSAULT"]


def test_a_group_word_before_the_attack_noun_is_the_attacker():
    assert _assaults("Three jawans were killed in a Maoist attack in Bijapur on Sunday.") == [
        ("ASSAULT", "Maoists", "security forces")]


def test_a_nationality_before_the_attack_noun_is_the_attacking_country():
    assert ("ASSAULT", "Pakistan", "civilians") in _assaults(
        "Four villagers were wounded in Pakistani shelling in Uri.")


def test_the_casualties_are_never_the_attacker():
    attackers = {a1 for _, a1, _ in _assaults(
        "Six people were killed in an Israeli airstrike on a camp in Rafah.")}
    assert attackers == {"Israel"}


def test_a_headline_participle_without_be_reads_the_same():
    assert _assaults("Two policemen injured in militant ambush in Anantnag") == [
        ("ASSAULT", "militants", "police")]


def test_with_no_modifier_the_story_attacker_is_taken():
    text = "Maoists triggered an IED near Kirandul. Two jawans were injured in the blast."
    assert ("ASSAULT", "Maoists", "security forces") in _assaults(text)


def test_an_accident_is_no_attack():
    assert _assaults("Five pilgrims were injured in a stampede at the temple in Puri.") == []


def test_an_attack_with_no_side_named_anywhere_codes_nothing():
    assert _assaults("Five people were killed in a blast at a market in the town.") == []
