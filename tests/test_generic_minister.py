"""A bare "the minister" is the minister the story last named with a minister's office
(word classes minister_office, generic_minister_title). Sentences written for these tests."""

from testkit import event_roles


def test_the_minister_is_the_foreign_minister_named_before():
    roles = event_roles("External Affairs Minister S Jaishankar reached Male on Sunday. "
                        "The minister met President Mohamed Muizzu on Monday.")
    assert ("CONSULT", "S. Jaishankar", "Mohamed Muizzu") in roles


def test_the_minister_is_the_home_minister_named_before():
    roles = event_roles("Home Minister Amit Shah reached Guwahati on Monday. "
                        "The minister held talks with Bodo leaders.")
    assert [a1 for t, a1, _ in roles if t == "CONSULT"] == ["Amit Shah"]


def test_a_chief_minister_is_never_the_minister():
    roles = event_roles("Chief Minister Mamata Banerjee visited Siliguri. "
                        "The minister met tea garden workers.")
    assert "Mamata Banerjee" not in [a1 for t, a1, _ in roles if t == "CONSULT"]
