"""The role model (learned/roles.py) and where the coder consults it (sentences written for
this test, not taken from news)."""

from __future__ import annotations

import pytest
from testkit import run_stages

from ghatna.learned import roles as role_module
from ghatna.learned.implicit_targets import implicit_target_sectors
from ghatna.learned.roles import RoleModel, candidate_features, participants, role_model
from ghatna.pipeline import code

KNOWN_USES = {"learned", "fill", "fill_nominal", "fill_agent", "override"}


def test_the_shipped_model_is_complete_and_its_settings_known() -> None:
    model = role_model()
    assert set(model.weights) == set(role_module.ROLES) == set(model.bias)
    assert all(len(model.weights[role]) > 100 for role in role_module.ROLES)
    assert model.use_for <= KNOWN_USES
    assert 0.0 < model.agent_threshold < 1.0 and 0.0 < model.target_threshold < 1.0


def _sentence(text: str):
    doc = run_stages(text, "mentions", published="2025-03-12")
    return doc.sentences[0], doc.mentions[0]


def test_features_read_the_marker_the_side_and_the_rules_choice() -> None:
    sentence, mentions = _sentence("भारत ने पाकिस्तान पर हमला किया।")
    found = participants(mentions)
    assert [m.text for m in found] == ["भारत", "पाकिस्तान"]
    anchor = next(i for i, t in enumerate(sentence.tokens) if t.norm == "हमला")
    agent = candidate_features(sentence, found, 0, anchor, "ASSAULT", "agent")
    target = candidate_features(sentence, found, 1, anchor, "ASSAULT", "")
    assert {"hi|side:b", "hi|next:ने", "hi|rule:agent", "ASSAULT|rule:agent"} <= set(agent)
    assert {"hi|side:b", "hi|next:पर", "ASSAULT|next:पर", "hi|dist:b0"} <= set(target)
    assert "hi|dist:b0" not in agent  # two words stand between भारत and हमला


def test_the_sector_a_types_targets_usually_have_is_one_feature_for_every_type() -> None:
    sentence, mentions = _sentence("किसानों ने राज्य सरकार के खिलाफ प्रदर्शन किया।")
    found = participants(mentions)
    anchor = next(i for i, t in enumerate(sentence.tokens) if t.norm == "प्रदर्शन")
    usual = implicit_target_sectors()["PROTEST"]
    farmers, government = (candidate_features(sentence, found, i, anchor, "PROTEST", "", usual)
                           for i in range(2))
    assert {"usual_target:True", "usual_target:bTrue"} <= set(government)
    assert {"usual_target:False", "usual_target:bFalse"} <= set(farmers)
    # a type whose unnamed targets have no usual sector (an attack's are spread)
    assault = candidate_features(sentence, found, 1, anchor, "ASSAULT", "", None)
    assert "usual_target:False" in assault


def test_a_bare_title_of_no_country_is_left_to_the_rules() -> None:
    _, mentions = _sentence("विदेश मंत्री ने रूसी विदेश मंत्री से मुलाकात की।")
    titles = [m for m in mentions if m.kind == "title"]
    assert len(titles) == 2
    kept = [m for m in participants(mentions) if m.kind == "title"]
    assert [m.attrs.country for m in kept] == ["RUS"]


REFUSAL = "बीजिंग, 12 मार्च (भाषा) चीन ने भारत के साथ सीमा विवाद पर वार्ता का प्रस्ताव ठुकरा दिया।"


@pytest.fixture
def target_after_saath(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that makes a participant marked by के साथ the target and fills pattern
    events."""
    model = RoleModel(bias={"agent": -5.0, "target": -5.0},
                      weights={"agent": {}, "target": {"hi|next2:के_साथ": 10.0}},
                      agent_threshold=0.5, target_threshold=0.5, use_for=frozenset({"fill"}))
    monkeypatch.setattr(code, "role_model", lambda: model)


def test_a_pattern_event_without_target_is_filled_by_the_model(target_after_saath: None) -> None:
    # the rules look for the owner of what is refused: "talks with India" is read by none
    events = run_stages(REFUSAL, published="2025-03-12").events
    assert [(e.type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)
            for e in events] == [("REJECT", "China", "India")]


def test_without_the_model_the_same_event_has_no_partner(monkeypatch: pytest.MonkeyPatch) -> None:
    model = RoleModel(bias={"agent": 0.0, "target": 0.0}, weights={"agent": {}, "target": {}},
                      agent_threshold=0.5, target_threshold=0.5, use_for=frozenset())
    monkeypatch.setattr(code, "role_model", lambda: model)
    events = run_stages(REFUSAL, published="2025-03-12").events
    assert not any(e.actor2 is not None and e.actor2.name == "India" for e in events)


PAIR_REFUSAL = "बीजिंग, 12 मार्च (भाषा) चीन ने भारत और जापान के साथ सीमा विवाद पर वार्ता का " \
    "प्रस्ताव ठुकरा दिया।"


def test_a_filled_pattern_event_takes_only_the_models_best_target(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # both countries pass the threshold; the rules found no second side, so the model may
    # add one, not a list (a learned event, which has no rules' reading, may take three)
    model = RoleModel(bias={"agent": -5.0, "target": -5.0},
                      weights={"agent": {}, "target": {"hi|kind:country": 6.0,
                                                       "hi|next:और": 2.0}},
                      agent_threshold=0.5, target_threshold=0.5, use_for=frozenset({"fill"}))
    monkeypatch.setattr(code, "role_model", lambda: model)
    events = run_stages(PAIR_REFUSAL, published="2025-03-12").events
    assert [(e.type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)
            for e in events] == [("REJECT", "China", "India")]
    monkeypatch.setattr(code, "MAX_FILLED_TARGETS", 3)
    events = run_stages(PAIR_REFUSAL, published="2025-03-12").events
    assert sorted(e.actor2.name for e in events if e.actor2 is not None) == ["India", "Japan"]
