"""``ghatna.Store``: events as a list or a pandas DataFrame, filtered like ``ghatna query``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import FAKE, ev, write_jsonl
from store_fake_extractor import make_text

import ghatna
from ghatna.cli import main


@pytest.fixture
def store(tmp_path: Path) -> Path:
    rows = [
        {"id": "a", "published": "2025-03-01", "text": make_text("a", [
            ev("CONSULT", "Modi", "Putin", "2025-03-01", "Moscow"),
            ev("PROTEST", "स्टूडेंट्स", None, "2025-03-01")])},
        {"id": "b", "published": "2025-04-10", "text": make_text("b", [
            # May: two office holders of one state met in April would be one meeting (dedup rule 8)
            ev("CONSULT", "Modi", "Lavrov", "2025-05"),
            ev("CONSULT", "Modi", "Putin", "2025-04-12", cameo="046")])},
    ]
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(write_jsonl(tmp_path / "c.jsonl", rows)), "--db", str(db),
                 "--extractor", FAKE]) == 0
    return db


def test_events_list_and_filters(store: Path) -> None:
    s = ghatna.Store(store)
    events = s.events()
    assert len(events) == 4 and all(isinstance(e, dict) for e in events)
    assert [e["date"] for e in events] == ["2025-05", "2025-04-12", "2025-03-01", "2025-03-01"]
    assert len(s.events(actor="putin")) == 2 and len(s.events(type="protest")) == 1
    assert len(s.events(since="2025-04")) == 2 and len(s.events(until="2025-03")) == 2
    assert len(s.events(limit=1)) == 1
    assert s.events(actor="putin", since="2025-04")[0]["score"] == 7.0  # CAMEO 046
    assert s.stats()["events"] == 4


def test_events_as_a_dataframe(store: Path) -> None:
    df = ghatna.Store(store).events_df(type="CONSULT")
    assert isinstance(df, pd.DataFrame) and len(df) == 3
    assert {"event_id", "actor1_name", "actor2_name", "loc_lat", "score", "start"} <= set(df)
    assert "block_key" not in df
    assert str(df["start"].dtype).startswith("datetime64")
    per_month = df.groupby(df["start"].dt.to_period("M")).size()
    assert per_month.to_dict() == {pd.Period("2025-03", "M"): 1, pd.Period("2025-04", "M"): 1,
                                  pd.Period("2025-05", "M"): 1}
    same = ghatna.Store(store).events(type="CONSULT", as_frame=True)
    assert same["event_id"].tolist() == df["event_id"].tolist()


def test_store_errors_are_clear(tmp_path: Path, store: Path) -> None:
    with pytest.raises(FileNotFoundError, match="ghatna ingest"):
        ghatna.Store(tmp_path / "none.duckdb")
    with pytest.raises(ValueError, match="after until"):
        ghatna.Store(store).events(since="2025-05", until="2025-04")
    with pytest.raises(TypeError):
        ghatna.Store(store).events(colour="red")  # type: ignore[call-arg]
