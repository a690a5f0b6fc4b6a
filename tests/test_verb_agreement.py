"""A Hindi verb agrees in gender with a subject pronoun in the direct case (वह, वे): a feminine
verb names a woman, not the last man the story was about (pipeline/agreement.py). Sentences
written for these tests."""

from testkit import event_roles

from ghatna.data import Token
from ghatna.pipeline.agreement import clause_verb_gender, female_person_ids
from ghatna.resources import load_table, normalize


def _tokens(text: str) -> list[Token]:
    words = text.replace("।", " ।").split()
    return [Token(text=w, start=0, end=0, script="deva", norm=normalize(w)) for w in words]


def test_a_feminine_verb_gives_the_pronoun_the_woman_named_before():
    roles = event_roles("प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को नेपाल की राष्ट्रपति बिद्या देवी भंडारी "
                        "का स्वागत किया। इससे पहले वह पिछले साल जापान गई थीं।")
    assert ("CONSULT", "Bidya Devi Bhandari", "Japan") in roles
    assert all(a1 != "Narendra Modi" or a2 != "Japan" for _, a1, a2 in roles)


def test_a_masculine_verb_keeps_the_salient_man():
    roles = event_roles("प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को नेपाल की राष्ट्रपति बिद्या देवी भंडारी "
                        "का स्वागत किया। इससे पहले वह पिछले साल जापान गए थे।")
    assert all(a1 != "Bidya Devi Bhandari" or a2 != "Japan" for _, a1, a2 in roles)


def test_the_clause_verb_shows_its_gender():
    assert clause_verb_gender(_tokens("वह कल दिल्ली पहुंचीं और बैठक में गए।"), 1) == "f"
    assert clause_verb_gender(_tokens("वह अगले हफ्ते चीन का दौरा करेंगी।"), 1) == "f"
    assert clause_verb_gender(_tokens("वह अगले हफ्ते चीन का दौरा करेंगे।"), 1) == "m"
    assert clause_verb_gender(_tokens("वह भारत के दौरे पर हैं।"), 1) is None


def test_an_ergative_pronoun_is_left_to_the_discourse():
    # "उन्होंने ... की थी": the verb agrees with its object (यात्रा), not with the pronoun
    roles = event_roles("प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को नेपाल की राष्ट्रपति बिद्या देवी भंडारी "
                        "का स्वागत किया। उन्होंने पिछले साल जापान की यात्रा की थी।")
    assert all(a1 != "Bidya Devi Bhandari" or a2 != "Japan" for _, a1, a2 in roles)


def test_every_listed_person_is_a_known_actor():
    people = {r["id"] for r in load_table("actors.tsv") if r["kind"] == "person"}
    assert female_person_ids() and female_person_ids() <= people
