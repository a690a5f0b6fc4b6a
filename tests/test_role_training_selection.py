"""The role trainer's choice of where to consult the model (training/train_roles.py): chosen
out of fold on the train split, guarded (never chosen) by the dev and guard files."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
import train_roles  # noqa: E402
from story_folds import story_fold  # noqa: E402
from testkit import record_trial_models  # noqa: E402

from ghatna.learned import roles as role_module  # noqa: E402
from ghatna.pipeline import code  # noqa: E402

DEV = [Path("corpus-dev"), Path("shared-dev")]
REFERENCE = (("learned",), 0.7, 0.7)
FILL = (("learned", "fill"), 0.7, 0.7)
WEAK = (("learned", "fill"), 0.3, 0.3)


def _key(setting: dict[str, Any]) -> tuple[Any, ...]:
    return (tuple(setting["use_for"]), setting["agent_threshold"], setting["target_threshold"])


class FakeHeldOut(train_roles.HeldOut):
    """Out-of-fold F1 by setting (0.60 for any setting not named)."""

    def __init__(self, f1: dict[tuple[Any, ...], float]) -> None:
        self.scores = f1

    def f1(self, setting: dict[str, Any]) -> float:
        return self.scores.get(_key(setting), 0.60)


@pytest.fixture
def dev_scores(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[Any, ...], float]:
    """Each dev or guard file's F1 by setting (0.6 for any setting not named); records which
    settings the dev files were asked about."""
    scores: dict[tuple[Any, ...], float] = {}
    current: dict[str, Any] = {}

    @contextmanager
    def consulted(model: dict[str, Any]) -> Iterator[None]:
        current.clear()
        current.update(model)
        yield

    monkeypatch.setattr(train_roles, "consulted", consulted)
    monkeypatch.setattr(train_roles, "dev_f1", lambda paths: scores.get(_key(current), 0.6))
    return scores


def test_the_best_setting_out_of_fold_wins_when_it_keeps_every_file(dev_scores: Any) -> None:
    held_out = FakeHeldOut({REFERENCE: 0.660, FILL: 0.670, WEAK: 0.668})
    dev_scores[WEAK] = 0.9  # dev prefers WEAK: dev does not choose
    chosen = train_roles.choose_use({}, DEV, [], held_out)
    assert _key(chosen) == FILL


def test_a_gain_under_the_margin_keeps_the_reference(dev_scores: Any) -> None:
    held_out = FakeHeldOut({REFERENCE: 0.660, FILL: 0.660 + train_roles.MARGIN / 2})
    dev_scores[FILL] = 0.9
    assert _key(train_roles.choose_use({}, DEV, [], held_out)) == REFERENCE


def test_a_setting_that_lowers_a_dev_file_gives_way_to_the_next_best(dev_scores: Any) -> None:
    held_out = FakeHeldOut({REFERENCE: 0.660, FILL: 0.680, WEAK: 0.670})
    dev_scores[FILL] = 0.59  # one event lost on dev
    assert _key(train_roles.choose_use({}, DEV, [], held_out)) == WEAK
    dev_scores[WEAK] = 0.59
    assert _key(train_roles.choose_use({}, DEV, [], held_out)) == REFERENCE


def test_a_setting_that_loses_a_guard_rows_learned_event_is_not_chosen(
        monkeypatch: pytest.MonkeyPatch, dev_scores: Any) -> None:
    # the model off scores best out of fold, but leaves the learned events of the
    # regression guard without their sides
    guard = Path("regression-learned")
    current = record_trial_models(monkeypatch, train_roles)
    monkeypatch.setattr(train_roles, "dev_f1",
                        lambda paths: 0.4 if paths == [guard] and not current["use_for"] else 0.7)
    held_out = FakeHeldOut({REFERENCE: 0.66, ((), 0.3, 0.3): 0.70})
    assert train_roles.choose_use({}, DEV, [guard], held_out, proposes=True)["use_for"] == \
        ["learned"]
    # where the detector proposes nothing, the model off is the reference
    assert train_roles.choose_use({}, DEV, [guard], held_out, proposes=False)["use_for"] == []


def test_reports_of_one_story_share_a_fold() -> None:
    one = story_fold({"id": "a-1", "cluster": "s-9"}, train_roles.FOLDS)
    assert story_fold({"id": "b-7", "cluster": "s-9"}, train_roles.FOLDS) == one
    folds = {story_fold({"id": f"d{k}"}, train_roles.FOLDS) for k in range(40)}
    assert folds == set(range(train_roles.FOLDS))


def test_where_the_detector_proposes_the_reference_reads_learned_events_cautiously() -> None:
    first = train_roles.settings(proposes=True)[0]
    assert _key(first) == (("learned",), max(train_roles.AGENT_GRID),
                           max(train_roles.TARGET_GRID))
    assert _key(train_roles.settings(proposes=False)[0]) == ((), 0.3, 0.3)
    every = train_roles.settings(proposes=True)
    assert len(every) == len({_key(s) for s in every})  # the reference is not tried twice


MODEL = {"bias": {"agent": 0.0, "target": 0.0}, "weights": {"agent": {"x": 1.0}, "target": {}},
         "agent_threshold": 0.4, "target_threshold": 0.6, "use_for": ["learned"]}


def test_a_trial_setting_is_read_from_memory_and_the_file_is_left_alone(tmp_path: Path) -> None:
    shipped = role_module.role_model()
    with train_roles.consulted(MODEL):
        model = code.role_model()
        assert (model.agent_threshold, model.target_threshold) == (0.4, 0.6)
        assert model.weights["agent"] == {"x": 1.0}
    assert code.role_model() == shipped


def test_the_model_file_is_written_whole_through_a_scratch_file(tmp_path: Path) -> None:
    out = tmp_path / "model" / "roles.json"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")
    train_roles.write(MODEL, out)
    assert json.loads(out.read_text(encoding="utf-8")) == MODEL
    assert [p.name for p in out.parent.iterdir()] == ["roles.json"]  # no scratch file left
