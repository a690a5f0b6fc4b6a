"""One person named two ways ("Piyush Goyal" and a bare "Goyal", "S. Jaishankar" and the
full name) is never both sides of an event; two people who share a surname are."""

from __future__ import annotations

from testkit import event_roles

from ghatna.data import Actor, Event
from ghatna.pipeline.doc_facts import deduplicate
from ghatna.pipeline.one_person import one_person

GOYAL = Actor(name="Piyush Goyal", id="person:piyush-goyal", country="IND", span=(40, 50))
BARE_GOYAL = Actor(name="Goyal", span=(0, 5))
RAHUL = Actor(name="Rahul Gandhi", id="person:rahul-gandhi", country="IND", span=(0, 12))
SONIA = Actor(name="Sonia Gandhi", id="person:sonia-gandhi", country="IND", span=(20, 32))
BARE_GANDHI = Actor(name="Gandhi", country="IND", span=(60, 66))


def _event(actor1: Actor, actor2: Actor) -> Event:
    return Event(doc_id="d", type="CONSULT", actor1=actor1, actor2=actor2, sentence="s",
                 span=(0, 1), sentence_span=(0, 1))


def test_a_bare_surname_is_the_person_named_in_full() -> None:
    assert one_person(GOYAL, BARE_GOYAL)
    assert one_person(BARE_GOYAL, GOYAL)
    assert one_person(Actor(name="Xi", country="CHN"),
                      Actor(name="Xi Jinping", id="person:xi-jinping", country="CHN"))


def test_initials_stand_for_the_given_names() -> None:
    full = Actor(name="Subrahmanyam Jaishankar", id="person:s-jaishankar", country="IND")
    assert one_person(Actor(name="S. Jaishankar", country="IND"), full)
    assert not one_person(Actor(name="K. Jaishankar", country="IND"), full)
    assert not one_person(Actor(name="S.", country="IND"), full)  # an initial alone


def test_two_people_sharing_a_surname_are_two() -> None:
    assert not one_person(RAHUL, SONIA)
    assert not one_person(RAHUL, Actor(name="Sonia Gandhi", country="IND"))
    assert not one_person(RAHUL, Actor(name="Priyanka Gandhi Vadra", country="IND"))


def test_two_known_people_or_two_countries_are_two() -> None:
    assert not one_person(Actor(name="Gandhi", id="person:mahatma-gandhi", country="IND"), RAHUL)
    assert not one_person(GOYAL, Actor(name="Goyal", country="USA"))


def test_a_part_two_people_of_the_story_share_decides_nothing() -> None:
    assert one_person(RAHUL, BARE_GANDHI)
    assert not one_person(RAHUL, BARE_GANDHI, [RAHUL, SONIA])
    # another form of the same name is no third person
    assert one_person(GOYAL, BARE_GOYAL, [GOYAL, Actor(name="Piyush Goyal", country="IND")])


def test_groups_are_not_compared_by_name() -> None:
    navy = Actor(name="Indian Navy", id="org:indian-navy", country="IND", kind="org")
    assert not one_person(navy, Actor(name="Navy", country="IND", kind="org"))


def test_an_event_between_two_forms_of_one_name_is_dropped() -> None:
    kept = deduplicate([_event(GOYAL, BARE_GOYAL), _event(RAHUL, SONIA),
                        _event(RAHUL, BARE_GANDHI)])
    assert [(e.actor1.name, e.actor2.name) for e in kept if e.actor1 and e.actor2] == [
        ("Rahul Gandhi", "Sonia Gandhi"), ("Rahul Gandhi", "Gandhi")]


def test_both_sides_are_not_the_headline_surname_and_the_full_name() -> None:
    # the headline names the minister by surname before the story names him in full;
    # "both sides" must not read him as one of the two
    roles = event_roles("वाणिज्य मंत्री गोयल ने सिडनी में ऑस्ट्रेलियाई प्रतिनिधि फैरेल से भेंट की\n\n"
                        "सिडनी: केंद्रीय मंत्री पीयूष गोयल ने दोनों पक्षों के बीच मुक्त व्यापार समझौते "
                        "को आगे बढ़ाने के लिए सिडनी में ऑस्ट्रेलियाई प्रतिनिधि फैरेल से भेंट की.")
    assert ("CONSULT", "Piyush Goyal", "Goyal") not in roles
    assert ("CONSULT", "Piyush Goyal", "Australia") in roles


def test_a_meeting_of_two_gandhis_stays() -> None:
    roles = event_roles("Rahul Gandhi met Sonia Gandhi in Delhi on Monday.")
    assert ("CONSULT", "Rahul Gandhi", "Sonia Gandhi") in roles
