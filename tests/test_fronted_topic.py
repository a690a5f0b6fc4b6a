"""A Hindi subject inside a pattern's gap: the topic fronted before it ("X पर सरकार ने ...
प्रतिबंध लगा दिया"). Sentences written for these tests."""

from testkit import event_roles


def test_subject_after_a_fronted_topic_is_the_agent():
    events = event_roles("चावल के निर्यात पर केंद्र सरकार ने शुक्रवार को रोक लगा दी।")
    assert [(kind, agent) for kind, agent, _ in events] == [("SANCTION", "Government of India")]


def test_fronted_topic_without_a_subject_stays_without_an_agent():
    assert event_roles("चावल के निर्यात पर शुक्रवार को रोक लगा दी गई।") == []


def test_subject_before_the_topic_is_still_the_agent():
    events = event_roles("केंद्र सरकार ने चावल के निर्यात पर शुक्रवार को रोक लगा दी।")
    assert [(kind, agent) for kind, agent, _ in events] == [("SANCTION", "Government of India")]
