"""English participles that only describe or name an act are not events of their own
(pipeline/nonfinite.py): a gerund after "for"/"about"/"without", a participle right after
the actor it describes. Progressive forms, sentence-opening participles, nouns of an act
and headlines keep their events. Sentences written for these tests."""

from ghatna.api import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"])
            for e in extract(text, published="2023-06-02")]


def test_gerund_after_for_is_the_charge_not_an_attack() -> None:
    events = _events("Rahul Gandhi criticised the Centre for attacking the farmers on Monday.")
    assert events == [("ACCUSE", "Rahul Gandhi", "Government of India")]


def test_gerund_after_for_in_a_complaint() -> None:
    events = _events("The Congress filed a complaint against the BJP for attacking its workers "
                     "in Bhopal on Monday.")
    assert [e[0] for e in events] == ["ACCUSE"]


def test_participle_after_its_actor_is_a_description() -> None:
    events = _events("Students demanding the vice-chancellor's resignation stormed the "
                     "administrative block on Tuesday.")
    assert "REQUEST" not in [e[0] for e in events]


def test_progressive_form_stays_an_act() -> None:
    events = _events("Students are demanding the vice-chancellor's resignation.")
    assert [e[0] for e in events] == ["REQUEST"]


def test_participle_after_a_comma_shares_the_subject() -> None:
    # (beside a protest, "..., blocked the road", the demand is the protest's: no REQUEST,
    # tests/test_protest_demands.py)
    events = _events("The students, demanding the resignation of the vice-chancellor, "
                     "wrote to the governor.")
    assert ("REQUEST", "students", None) in events


def test_participle_opening_a_sentence_stays_an_act() -> None:
    events = _events("Accusing the BJP of horse-trading, the Congress moved the court on Monday.")
    assert ("ACCUSE", "Indian National Congress", "Bharatiya Janata Party") in events


def test_headline_without_auxiliary_stays_an_act() -> None:
    events = _events("Students demanding the vice-chancellor's resignation")
    assert [e[0] for e in events] == ["REQUEST"]


def test_noun_of_an_act_after_its_agent_stays() -> None:
    events = _events("Police firing on the protesters left three dead in Kathmandu on Friday.")
    assert [e[:2] for e in events] == [("ASSAULT", "police")]
    events = _events("Pakistan Army shelling damaged two houses in Poonch on Friday.")
    assert [e[:2] for e in events] == [("ASSAULT", "Pakistan Army")]


def test_gerund_after_without_is_an_act_left_undone() -> None:
    events = _events("The farmers protested without blaming the government.")
    assert [e[0] for e in events] == ["PROTEST"]


def test_hindi_perfective_participle_before_its_actor_is_background() -> None:
    # "the former minister arrested in the bribery case was produced in court": the arrest
    # is told as a description of the minister, not as an act of this report
    events = _events("रिश्वत के मामले में गिरफ्तार किए गए पूर्व मंत्री सतीश वर्मा को बुधवार को "
                     "अदालत में पेश किया गया।")
    assert "COERCE" not in [e[0] for e in events]
    events = _events("सीबीआई द्वारा गिरफ्तार किए गए उद्योगपति राकेश मल्होत्रा की जमानत याचिका पर "
                     "सुनवाई टल गई।")
    assert events == []


def test_hindi_participle_actors_still_serve_the_next_verb() -> None:
    events = _events("हिरासत में लिए गए 40 किसानों को पुलिस ने शाम को रिहा कर दिया।")
    assert events == [("RETREAT", "police", "farmers")]


def test_hindi_perfective_forms_that_are_verbs_stay_acts() -> None:
    assert _events("पूर्व मंत्री सतीश वर्मा को बुधवार को गिरफ्तार किया गया है।") == [
        ("COERCE", "police", "Satish Varma")]
    assert _events("पुलिस ने बुधवार को 40 किसानों को हिरासत में लिया।") == [
        ("COERCE", "police", "farmers")]


def test_an_act_inside_a_condition_is_no_event() -> None:
    # the agreement is the condition of the boycott, not something that happened
    events = _events("The Congress said it will boycott the assembly session unless the "
                     "Speaker agrees to a debate.")
    assert [e[0] for e in events] == ["THREATEN"]


def test_the_condition_clause_ends_at_a_comma() -> None:
    # "if" opens the condition; the act after the comma is the main clause
    events = _events("If it rains, the farmers staged a sit-in outside the collectorate in Nashik "
                     "on Monday.")
    assert "PROTEST" in [e[0] for e in events]
