"""Exports that keep meaning: GDELT leaves out what did not happen, Goldstein per CAMEO code,
one quad class, FIPS geo codes, PLOVER records, filters, the actors table, Excel-ready CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import FAKE, ev, write_jsonl
from store_fake_extractor import make_text

from ghatna.cli import main
from ghatna.ontology import goldstein, quad_class, type_quad
from ghatna.store.gdelt import EVENT_COLUMNS

# Written for this test (no news text): the four reports of the done-when check.
DONE_WHEN = [
    ("negated-agreement", "New Delhi, Dec 5 (PTI) India did not sign the agreement with China "
                          "on Friday."),
    ("planned-visit", "New Delhi, Dec 5 (PTI) Prime Minister Narendra Modi will visit Japan "
                      "next month."),
    ("meeting", "New Delhi, Dec 5 (PTI) External Affairs Minister S. Jaishankar met Russian "
                "Foreign Minister Sergei Lavrov in New Delhi on Friday."),
    ("protest", "New Delhi, Dec 5 (PTI) Students protested in New Delhi on Friday against the "
                "fee hike."),
]


@pytest.fixture(scope="module")
def real_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The four reports ingested with the real pipeline."""
    tmp = tmp_path_factory.mktemp("export")
    rows = [{"id": i, "text": t, "published": "2025-12-05"} for i, t in DONE_WHEN]
    db = tmp / "s.duckdb"
    assert main(["ingest", str(write_jsonl(tmp / "c.jsonl", rows)), "--db", str(db)]) == 0
    return db


def _gdelt(db: Path, tmp: Path, *extra: str) -> list[dict[str, str]]:
    out = tmp / "gdelt.tsv"
    assert main(["export", "--db", str(db), "--format", "gdelt", "--header", "--out", str(out),
                 *extra]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == EVENT_COLUMNS
    return [dict(zip(EVENT_COLUMNS, ln.split("\t"))) for ln in lines[1:]]


def test_done_when_gdelt_keeps_the_meeting_and_the_protest(real_store: Path,
                                                          tmp_path: Path) -> None:
    rows = _gdelt(real_store, tmp_path)
    by_root = {r["EventRootCode"]: r for r in rows}
    assert sorted(by_root) == ["04", "14"], rows  # no 03 agreement, no 04 visit to Japan
    meeting, protest = by_root["04"], by_root["14"]
    assert meeting["Actor2Code"].startswith("RUS") and meeting["SQLDATE"] == "20251205"
    assert protest["QuadClass"] == "4"
    for r in rows:
        assert r["GoldsteinScale"] == f"{goldstein(r['EventCode']):g}"
    assert protest["GoldsteinScale"] == "-6.5"  # 140/141 in GDELT's table
    for r in rows:
        assert r["ActionGeo_FullName"] == "New Delhi"
        assert (r["ActionGeo_CountryCode"], r["ActionGeo_ADM1Code"]) == ("IN", "IN07")


def test_include_unrealised_puts_them_back(real_store: Path, tmp_path: Path) -> None:
    rows = _gdelt(real_store, tmp_path, "--include-unrealised")
    assert len(rows) == 4
    visit = next(r for r in rows if r["ActionGeo_FullName"] == "Japan")
    assert visit["ActionGeo_CountryCode"] == "JA" and visit["ActionGeo_Type"] == "1"


def test_plover_records_keep_every_event_with_its_auxiliary_mode(
        real_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "plover.jsonl"
    assert main(["export", "--db", str(real_store), "--format", "plover", "--out", str(out)]) == 0
    records = {r["story_id"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert sorted(records) == sorted(i for i, _ in DONE_WHEN)
    assert "negation" in records["negated-agreement"]["context"]
    assert "diplomatic" in records["negated-agreement"]["context"]  # from cameo_plover.tsv
    assert "future" in records["planned-visit"]["context"]
    meeting = records["meeting"]
    assert meeting["event"] == ["CONSULT"] and meeting["date"] == "2025-12-05"
    assert meeting["actor"][0]["identifier_text"] == "S. Jaishankar"
    assert meeting["recipient"][0]["code"] == "RUS"
    assert meeting["event_loc"]["extracted_place"] == "New Delhi"
    assert meeting["event_loc"]["resolution"] == 4
    protest = records["protest"]
    assert protest["quad_code"] == 4 and protest["event_scale"] == -6.5
    assert protest["mode"] == ["demo"] and protest["event_text"] == ["protested"]


def test_event_records_carry_goldstein_and_contexts_of_their_code(real_store: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "m.jsonl"
    assert main(["export", "--db", str(real_store), "--table", "mentions", "--out", str(out)]) == 0
    for m in map(json.loads, out.read_text("utf-8").splitlines()):
        assert m["score"] == goldstein(m["cameo"]) and m["quad_class"] == quad_class(m["cameo"])
        assert m["location"]["text"]  # the words that named the place


def test_goldstein_is_per_code_not_per_root() -> None:
    assert goldstein("046") == 7.0 and goldstein("040") == 1.0 and goldstein("042") == 1.9
    assert goldstein("1411") == -6.5 and goldstein("19") == -10.0
    assert goldstein(None) is None and goldstein("99") is None


def test_protest_is_material_conflict_everywhere() -> None:
    from ghatna.ontology import cameo_table

    assert type_quad()["PROTEST"] == 4
    for code, row in cameo_table().items():  # the table's column agrees with the roots
        assert int(row["quad_class"]) == quad_class(code), code


def _fake_store(tmp_path: Path) -> Path:
    hypo = ev("ASSAULT", "Army", "Militants", "2025-04-11", hypothetical=True)
    rows = [
        {"id": "a", "published": "2025-03-01", "text": make_text("a", [
            ev("CONSULT", "Modi", "Putin", "2025-03-01", "Moscow"),
            ev("PROTEST", "स्टूडेंट्स", None, "2025-03-01")])},
        {"id": "b", "published": "2025-04-10", "text": make_text("b", [
            ev("CONSULT", "Modi", "Lavrov", "2025-04-10"), hypo])},
    ]
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(write_jsonl(tmp_path / "c.jsonl", rows)), "--db", str(db),
                 "--extractor", FAKE]) == 0
    return db


def test_hypothetical_events_stay_out_of_gdelt(tmp_path: Path) -> None:
    db = _fake_store(tmp_path)
    assert {r["EventRootCode"] for r in _gdelt(db, tmp_path)} == {"04", "14"}
    roots = [r["EventRootCode"] for r in _gdelt(db, tmp_path, "--include-unrealised")]
    assert sorted(roots) == ["04", "04", "14", "19"]


@pytest.mark.parametrize("args, n", [
    ([], 4), (["--since", "2025-04"], 2), (["--until", "2025-03-31"], 2),
    (["--type", "protest"], 1), (["--country", "RUS"], 3), (["--actor", "Lavrov"], 1)])
def test_export_filters(tmp_path: Path, args: list[str], n: int) -> None:
    db = _fake_store(tmp_path)
    out = tmp_path / "e.jsonl"
    assert main(["export", "--db", str(db), "--out", str(out), *args]) == 0
    assert len(out.read_text("utf-8").splitlines()) == n


def test_actors_table_and_excel_csv(tmp_path: Path) -> None:
    db = _fake_store(tmp_path)
    out = tmp_path / "actors.csv"
    assert main(["export", "--db", str(db), "--table", "actors", "--format", "csv",
                 "--type", "PROTEST", "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for UTF-8
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["name"] for r in rows] == ["स्टूडेंट्स"] and "aliases" in rows[0]


@pytest.mark.parametrize("args, message", [
    (["--type", "PARTY"], "not a PLOVER type"),
    (["--format", "plover", "--table", "mentions"], "plover writes events"),
    (["--format", "gdelt", "--table", "actors"], "no actors table"),
    (["--since", "2025-05", "--until", "2025-04"], "is after"),
])
def test_bad_export_options_are_clear_errors(tmp_path: Path, args: list[str], message: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = _fake_store(tmp_path)
    assert main(["export", "--db", str(db), *args]) == 1
    assert message in capsys.readouterr().err
