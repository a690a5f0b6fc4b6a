"""A denied act is coded negated, the denial itself stays a realised REJECT (sentences
written for this test)."""

from __future__ import annotations

from testkit import run_stages


def _facts(text: str) -> set[tuple[str, str | None, bool]]:
    events = run_stages(text, published="2025-05-01").events
    return {(e.type, e.actor2.name if e.actor2 else None, e.negated) for e in events}


def test_an_act_after_an_english_denial_is_negated() -> None:
    facts = _facts("Pakistan denied attacking Indian posts along the Line of Control on Monday.")
    assert ("ASSAULT", "India", True) in facts
    assert not any(t == "ASSAULT" and not negated for t, _, negated in facts)
    assert any(t == "REJECT" and not negated for t, _, negated in facts)


def test_the_same_act_reported_plainly_is_not_negated() -> None:
    facts = _facts("Pakistan attacked Indian posts along the Line of Control on Monday.")
    assert ("ASSAULT", "India", False) in facts


def test_a_denial_of_allegations_negates_nothing_else() -> None:
    facts = _facts("China denied the allegations made by India.")
    assert facts and all(not negated for _, _, negated in facts)
