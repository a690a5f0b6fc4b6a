"""``ghatna serve --parquet DIR``: the server over a Parquet dataset exported from the web
tests' store answers exactly what it answers over the store, and never writes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import Client, client, serve, store  # noqa: F401

from ghatna.cli import main


@pytest.fixture(scope="module")
def dataset(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    out = tmp_path_factory.mktemp("webdataset") / "by-month"
    assert main(["export", "--db", str(store), "--format", "parquet", "--partition", "month",
                 "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def parquet_client(dataset: Path) -> Iterator[Client]:
    yield from serve(dataset, parquet=True)


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


PATHS = ["/api/stats", "/api/events", "/api/events?actor=पुतिन", "/api/events?type=consult",
         "/api/events?since=2025-02&until=2025-02", "/api/events?lang=hi-en&limit=2&offset=1",
         "/api/events.geojson", "/api/timeline?by=month", "/api/actors?q=पुतिन",
         "/api/dyads?a=IND&b=PAK"]


@pytest.mark.parametrize("path", PATHS)
def test_same_answers_as_over_the_store(client: Client, parquet_client: Client,  # noqa: F811
                                        path: str) -> None:
    assert parquet_client.json_any(path) == client.json_any(path)


def test_every_event_and_its_page(client: Client, parquet_client: Client) -> None:  # noqa: F811
    events = client.json("/api/events?limit=500")["events"]
    assert events
    for ev in events:
        path = f"/api/events/{ev['event_id']}"
        assert parquet_client.json(path) == client.json(path)
    page = parquet_client.html(f"/events/{events[0]['event_id']}")
    assert events[0]["event_id"] in page
    assert parquet_client.json("/api/events/nosuchevent", status=404)["status"] == 404


def test_serving_writes_nothing(dataset: Path, parquet_client: Client) -> None:
    before = _digest(dataset)
    parquet_client.html("/")
    parquet_client.json("/api/events?actor=मोदी")
    status, _, _ = parquet_client.get("/api/events", method="POST")
    assert status == 405
    assert _digest(dataset) == before


def test_a_missing_dataset_is_refused(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--parquet", str(tmp_path / "none"), "--port", "0"]) == 1
    assert "no such Parquet dataset" in capsys.readouterr().err
