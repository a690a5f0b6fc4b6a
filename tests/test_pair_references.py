""""Both sides", "the two leaders", "दोनों देशों": the last two different actors of their kind
named before (resources/pair_references.tsv)."""
from testkit import event_roles

from ghatna.data import Actor, Mention, MentionAttrs
from ghatna.pipeline.pair_refs import remember, resolve_pair


def _pair(kind: str) -> Mention:
    return Mention(kind="pronoun", tok_start=0, tok_end=2, start=0, end=9, text="both",
                   attrs=MentionAttrs(pair=kind))


def _country(code: str) -> Actor:
    return Actor(name=code, id=f"country:{code}", country=code, sector="GOV", kind="country")


def test_two_countries_named_through_their_leaders():
    recent: list[Actor] = []
    remember(recent, [Actor(name="A", id="a", country="IND", kind="person"),
                      Actor(name="farmers", kind="group", country="IND"),
                      Actor(name="B", id="b", country="BGD", kind="person")])
    pair = resolve_pair(_pair("country"), recent, _country)
    assert pair is not None and [a.country for a in pair] == ["IND", "BGD"]
    people = resolve_pair(_pair("person"), recent, _country)
    assert people is not None and [a.name for a in people] == ["A", "B"]
    assert resolve_pair(_pair("party"), recent, _country) is None  # no two parties named


def test_the_two_sides_sign_with_each_other():
    roles = event_roles("Prime Minister Narendra Modi met Nepal PM Sher Bahadur Deuba in New "
                        "Delhi. The two sides signed five agreements.")
    assert ("AGREE", "India", "Nepal") in roles  # sides are countries first


def test_both_countries_in_hindi_are_the_countries_of_the_two_leaders():
    roles = event_roles("प्रधानमंत्री मोदी ने ढाका में शेख हसीना से मुलाकात की। इसके बाद दोनों "
                        "देशों ने सात समझौतों पर हस्ताक्षर किए।")
    assert ("AGREE", "India", "Bangladesh") in roles


def test_a_demand_of_both_parties_is_one_demand_of_each():
    roles = event_roles("निर्वाचन आयोग को भाजपा और कांग्रेस के खिलाफ शिकायतें मिलीं। चुनाव आयोग ने "
                        "दोनों दलों से जवाब मांगा है।")
    assert roles == [("REQUEST", "Election Commission of India", "Bharatiya Janata Party"),
                     ("REQUEST", "Election Commission of India", "Indian National Congress")]


def test_a_pair_qualifying_a_noun_is_no_participant():
    roles = event_roles("मोदी ने ढाका में शेख हसीना से मुलाकात की। दोनों देशों के मंत्री "
                        "अगले महीने व्यापार पर चर्चा करेंगे।")
    assert not any(a2 in ("India", "Bangladesh") for _, _, a2 in roles)


def test_each_other_is_both_ways():
    assert event_roles("India and China accused each other of violating the ceasefire.") == [
        ("ACCUSE", "India", "China"), ("ACCUSE", "China", "India")]
    assert event_roles("भाजपा और कांग्रेस ने एक-दूसरे पर आरोप लगाए।") == [
        ("ACCUSE", "Bharatiya Janata Party", "Indian National Congress"),
        ("ACCUSE", "Indian National Congress", "Bharatiya Janata Party")]


def test_both_parties_accusing_each_other_ignore_the_that_clause():
    roles = event_roles("भाजपा और कांग्रेस ने चुनाव आयोग में शिकायत की। दोनों ही दलों ने "
                        "एक-दूसरे के नेताओं पर आरोप लगाया कि वे आचार संहिता तोड़ रहे हैं।")
    assert ("ACCUSE", "Bharatiya Janata Party", "Indian National Congress") in roles
    assert ("ACCUSE", "Indian National Congress", "Bharatiya Janata Party") in roles


def test_the_leaders_of_the_two_countries_are_the_two_countries():
    roles = event_roles("India and Sri Lanka signed a fisheries pact. Fishermen from both "
                        "countries are arrested frequently. The leaders of the two countries "
                        "met in Delhi.")
    assert ("CONSULT", "India", "Sri Lanka") in roles
    assert not any(a2 in ("India", "Sri Lanka") for t, _, a2 in roles if t == "COERCE")


def test_an_act_during_the_meeting_is_addressed_to_the_other_party():
    roles = event_roles("पंजाब के मुख्यमंत्री भगवंत मान ने प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। "
                        "मुलाकात के दौरान भगवंत मान ने प्रदेश के लिए पैकेज की मांग की है।")
    assert ("REQUEST", "Bhagwant Mann", "Narendra Modi") in roles


def test_a_condemnation_of_an_attack_targets_the_attacker():
    roles = event_roles("पुलवामा में जैश-ए-मोहम्मद के आतंकियों ने सीआरपीएफ के काफिले पर हमला किया। "
                        "कई राजनेताओं ने हमले की घोर निंदा की है।")
    assert ("ACCUSE", "politicians", "Jaish-e-Mohammed") in roles


def test_each_other_reverses_only_its_own_clause():
    roles = event_roles("India and China accused each other of violating the ceasefire, while "
                        "Russia sent aid to Nepal.")
    assert ("AID", "Russia", "Nepal") in roles and ("AID", "Nepal", "Russia") not in roles
