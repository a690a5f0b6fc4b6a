"""The scorer (ghatna.evaluate) on small hand-made gold/prediction pairs, and `ghatna eval`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ghatna.cli import main
from ghatna.errors import InputError
from ghatna.evaluate import (
    actors_match,
    date_correct,
    events_match,
    load_gold,
    load_predictions,
    location_correct,
    score,
    score_by_language,
    significant_words,
)

MODI = {"name": "Narendra Modi", "country": "IND", "sector": "GOV"}
PUTIN = {"name": "Vladimir Putin", "country": "RUS", "sector": "GOV"}
POLICE = {"name": "Delhi Police", "country": "IND", "sector": "POL"}


def event(etype: str, a1: dict | None, a2: dict | None = None, **extra: Any) -> dict[str, Any]:
    return {"type": etype, "actor1": a1, "actor2": a2, **extra}


# ------------------------------------------------------------------ words and actors

def test_significant_words_drop_titles_and_short_words() -> None:
    assert significant_words("Prime Minister Narendra Modi") == {"narendra", "modi"}
    assert significant_words("S. Jaishankar") == {"jaishankar"}
    assert significant_words("the Government of India") == {"india"}
    assert significant_words(None) == frozenset()


def test_significant_words_fold_unicode() -> None:
    # NFKC folds the full-width letters; case is ignored
    assert significant_words("ＭＯＤＩ") == {"modi"}


@pytest.mark.parametrize("pred", [
    {"name": "Modi"},                                          # one shared word is enough
    {"name": "PM Narendra Modi", "country": "IND"},
    {"name": "someone", "country": "IND", "sector": "GOV"},    # same country and sector
])
def test_actor_matches(pred: dict) -> None:
    assert actors_match(MODI, pred)


@pytest.mark.parametrize("pred", [
    {"name": "Modi", "country": "PAK"},                        # shared word, other country
    {"name": "someone", "country": "IND", "sector": "MIL"},    # same country, other sector
    {"name": "Prime Minister", "country": "RUS", "sector": "GOV"},  # only title words shared
    None,
])
def test_actor_mismatches(pred: dict | None) -> None:
    assert not actors_match(MODI, pred)


def test_country_and_sector_both_needed() -> None:
    no_sector = {"name": "India", "country": "IND", "sector": None}
    assert not actors_match(no_sector, {"name": "x", "country": "IND", "sector": None})


def test_absent_actors_match_only_each_other() -> None:
    assert actors_match(None, None)
    assert not actors_match(None, MODI)


# ------------------------------------------------------------------ events

@pytest.mark.parametrize("etype", ["CONSULT", "COOPERATE", "AGREE"])
def test_symmetric_types_accept_swapped_actors(etype: str) -> None:
    assert events_match(event(etype, MODI, PUTIN), event(etype, PUTIN, MODI))


@pytest.mark.parametrize("etype", ["ACCUSE", "ASSAULT", "REQUEST", "SANCTION"])
def test_directed_types_need_actor_order(etype: str) -> None:
    assert events_match(event(etype, MODI, PUTIN), event(etype, MODI, PUTIN))
    assert not events_match(event(etype, MODI, PUTIN), event(etype, PUTIN, MODI))


def test_type_must_agree() -> None:
    assert not events_match(event("CONSULT", MODI, PUTIN), event("AGREE", MODI, PUTIN))


def test_missing_target_must_be_missing_in_both() -> None:
    protest = event("PROTEST", {"name": "farmers", "country": "IND", "sector": "CVL"})
    assert events_match(protest, event("PROTEST", {"name": "farmers"}))
    assert not events_match(protest, event("PROTEST", {"name": "farmers"}, POLICE))


# ------------------------------------------------------------------ dates and places

@pytest.mark.parametrize(("gold", "pred", "ok"), [
    ("2025-11-18", "2025-11-18", True),
    ("2025-08", "2025-08-19", True),      # a more precise prediction is fine
    ("2025-08-19", "2025-08", True),      # month precision is accepted
    ("2025-08-19", "2025", False),        # a year alone is not
    ("2025-08-19", "2025-08-20", False),
    ("2025-08-19", None, False),
    (None, "2025-01-01", True),           # nothing to check
    (None, None, True),
])
def test_date_rules(gold: str | None, pred: str | None, ok: bool) -> None:
    assert date_correct({"date": gold}, {"date": pred}) is ok


@pytest.mark.parametrize(("gold", "pred", "ok"), [
    ({"name": "Moscow", "country": "RUS"}, {"name": "Moscow", "country": "RUS"}, True),
    ({"name": "Tral, Awantipora", "country": "IND"}, {"name": "Tral"}, True),
    ({"name": "Moscow", "country": "RUS"}, {"name": "Moscow", "country": "USA"}, False),
    ({"name": "Moscow", "country": "RUS"}, {"name": "Sochi", "country": "RUS"}, False),
    ({"name": "Moscow", "country": "RUS"}, None, False),
    ({"name": None, "country": "RUS"}, {"name": "Sochi", "country": "RUS"}, True),
    (None, {"name": "Sochi"}, True),
])
def test_location_rules(gold: dict | None, pred: dict | None, ok: bool) -> None:
    assert location_correct({"location": gold}, {"location": pred}) is ok


# ------------------------------------------------------------------ whole documents

def test_score_counts_and_figures() -> None:
    gold = {
        "d1": [event("CONSULT", MODI, PUTIN, date="2025-11-18",
                     location={"name": "Moscow", "country": "RUS"}),
               event("ACCUSE", PUTIN, MODI)],
        "d2": [],
    }
    pred = {
        "d1": [event("CONSULT", PUTIN, MODI, date="2025-11", location={"name": "Delhi"})],
        "d2": [event("ASSAULT", POLICE, None)],
    }
    report = score(gold, pred)
    assert (report.matched, report.missed, report.spurious) == (1, 1, 1)
    assert report.precision == pytest.approx(0.5)
    assert report.recall == pytest.approx(0.5)
    assert report.f1 == pytest.approx(0.5)
    assert report.date_accuracy == 1.0
    assert report.location_accuracy == 0.0
    assert report.recall_by_type() == {"ACCUSE": "0/1", "CONSULT": "1/1"}
    assert [e.kind for e in report.errors] == ["missed", "spurious"]


def test_each_prediction_matches_once() -> None:
    gold = {"d": [event("CONSULT", MODI, PUTIN), event("CONSULT", MODI, PUTIN)]}
    report = score(gold, {"d": [event("CONSULT", MODI, PUTIN)]})
    assert (report.matched, report.missed, report.spurious) == (1, 1, 0)


def test_documents_without_prediction_and_empty_scores() -> None:
    report = score({"a": [event("AID", MODI)], "b": []}, {})
    assert report.documents_without_prediction == 2
    assert report.f1 == 0.0 and report.date_accuracy == 0.0
    assert report.to_dict()["gold_events"] == 1


def test_load_gold_and_predictions(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": 7, "text": "x", "events": [event("AID", MODI)]}) + "\n\n",
                    encoding="utf-8")
    docs = load_gold(gold)
    assert docs[0].id == "7" and docs[0].published is None and len(docs[0].events) == 1
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"id": "7", "events": []}\n', encoding="utf-8")
    assert load_predictions(pred) == {"7": []}


@pytest.mark.parametrize("line", ["not json", '{"text": "no id"}',
                                  '{"id": "x", "events": [{"actor1": null}]}'])
def test_bad_gold_lines_are_input_errors(tmp_path: Path, line: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="gold.jsonl:1"):
        load_gold(gold)


# ------------------------------------------------------------------ the command

GOLD_DOCS: list[dict[str, Any]] = [
    {"id": "en-1", "lang": "en", "published": "2024-03-12",
     "text": "New Delhi, March 12 (PTI) External Affairs Minister S Jaishankar met Russian "
             "Foreign Minister Sergei Lavrov in Moscow on Tuesday.",
     "events": [event("CONSULT", {"name": "S. Jaishankar", "country": "IND", "sector": "GOV"},
                      {"name": "Sergei Lavrov", "country": "RUS", "sector": "GOV"},
                      date="2024-03-12", location={"name": "Moscow", "country": "RUS"})]},
    {"id": "hi-neg", "lang": "hi", "published": "2024-03-12",
     "text": "मुंबई, 12 मार्च (भाषा) शेयर बाजार में आज तेजी रही और सेंसेक्स 300 अंक चढ़ गया।",
     "events": []},
]


def write_gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in GOLD_DOCS),
                    encoding="utf-8")
    return path


def test_eval_command_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "pred.jsonl"
    code = main(["eval", str(write_gold(tmp_path)), "--json", "--save-pred", str(saved)])
    assert code == 0
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert figures["documents"] == 2 and figures["gold_events"] == 1
    assert 0.0 <= figures["f1"] <= 1.0
    assert [json.loads(line)["id"] for line in saved.read_text().splitlines()] == ["en-1",
                                                                                    "hi-neg"]


def test_eval_command_text_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(write_gold(tmp_path)), "--show-errors"]) == 0
    out = capsys.readouterr().out
    for label in ("precision", "recall", "date accuracy", "location accuracy",
                  "recall by type"):
        assert label in out
    assert out.strip().splitlines()[-1].startswith("F1 ")


def test_eval_command_scores_a_prediction_file(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "en-1", "events": GOLD_DOCS[0]["events"]}) + "\n",
                    encoding="utf-8")
    assert main(["eval", str(write_gold(tmp_path)), "--pred", str(pred), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["f1"] == 1.0 and figures["date_accuracy"] == 1.0


def test_eval_command_missing_gold_file(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path / "nope.jsonl")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_score_by_language_scores_each_language_apart(tmp_path: Path) -> None:
    docs = [
        {"id": "a", "lang": "en", "text": "x", "events": [event("CONSULT", MODI, PUTIN)]},
        {"id": "b", "lang": "hi", "text": "y", "events": [event("COERCE", POLICE, None)]},
        {"id": "c", "text": "z", "events": [event("CONSULT", PUTIN, MODI)]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    pred = {"a": [event("CONSULT", MODI, PUTIN)], "b": [event("ASSAULT", POLICE, None)],
            "c": []}
    by_lang = score_by_language(load_gold(path), pred)
    assert list(by_lang) == ["?", "en", "hi"]
    assert (by_lang["en"].matched, by_lang["en"].f1) == (1, 1.0)
    assert (by_lang["hi"].matched, by_lang["hi"].spurious, by_lang["hi"].missed) == (0, 1, 1)
    assert (by_lang["?"].documents, by_lang["?"].missed) == (1, 1)


def test_eval_command_by_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "en-1", "events": GOLD_DOCS[0]["events"]}) + "\n",
                    encoding="utf-8")
    gold = str(write_gold(tmp_path))
    assert main(["eval", gold, "--pred", str(pred), "--json", "--by-lang"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures["by_lang"]) == {GOLD_DOCS[0]["lang"], GOLD_DOCS[1]["lang"]}
    assert figures["by_lang"][GOLD_DOCS[0]["lang"]]["f1"] == 1.0
    assert main(["eval", gold, "--pred", str(pred), "--by-lang"]) == 0
    assert "by document language" in capsys.readouterr().out
