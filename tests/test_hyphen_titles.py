"""Hindi titles written with a hyphen after a prefix word (issue 8, helper frole14):
"उप-मुख्यमंत्री" is the deputy chief minister, not the chief minister the bare second word
names; "पाकिस्तानी उप-उच्चायुक्त" keeps its nationality (word class hyphen_prefix)."""
from testkit import event_actors, read_before_coding


def test_a_hyphenated_deputy_title_is_one_title() -> None:
    doc = read_before_coding("पटना में उप-मुख्यमंत्री ने किसानों से मुलाकात की।", "2024-03-04")
    offices = [m.attrs.office for ms in doc.mentions for m in ms if m.kind == "title"]
    assert offices == ["deputy_chief_minister"]


def test_the_deputy_is_not_resolved_to_the_chief_minister() -> None:
    events = event_actors("बिहार के उप-मुख्यमंत्री ने सोमवार को पटना में किसानों से मुलाकात की।",
                          "2024-03-04")
    assert events and all(a1 is None or a1["name"] != "Nitish Kumar" for _, a1, _ in events)


def test_a_summoned_deputy_envoy_keeps_his_country() -> None:
    events = event_actors("विदेश मंत्रालय ने बुधवार को पाकिस्तानी उप-उच्चायुक्त को तलब किया।",
                          "2024-03-04")
    assert [(a2 or {}).get("country") for _, _, a2 in events] == ["PAK"]
