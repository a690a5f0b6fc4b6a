"""``ghatna query`` and ``/api/events`` share one filter builder
(``ghatna.store.queries.EventFilters``): the same filters give the same events, in the same
order, with the same records."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from web_helpers import Client, client, store  # noqa: F401

from ghatna.cli import main

# (CLI arguments, query string); the web corpus has a PROTEST dated only "2025-02".
CASES = [
    ({"actor": "पुतिन"}, 2),                                   # an alias in Devanagari
    ({"actor": "President पुतिन", "type": "consult"}, 1),
    ({"type": "ACCUSE"}, 2),
    ({"country": "PAK"}, 3),
    ({"since": "2025-02-15"}, 6),              # the month-precision PROTEST overlaps the bound
    ({"until": "2025-01-31"}, 1),              # ... and starts after this one
    ({"since": "2025-02-03", "until": "2025-02-03"}, 2),
    ({"since": "2025-02", "until": "2025-02"}, 2),
    ({"until": "2025-02"}, 3),                 # a month as an upper bound is its last day
    ({"since": "2025-05-01"}, 4),              # the undated AGREE counts as its first report
    ({"actor": "मोदी", "type": "accuse", "since": "2025-02-01", "country": "IND"}, 1),
    ({"place": "new delhi", "until": "2025-02-28"}, 2),
    ({"actor": "nobody"}, 0),
]


def _cli(db: Path, filters: dict[str, str], capsys: pytest.CaptureFixture[str],
         *extra: str) -> list[dict]:
    argv = ["query", "--db", str(db), "--json", *extra]
    for name, value in filters.items():
        argv += [f"--{name}", value]
    assert main(argv) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize(("filters", "n"), CASES)
def test_query_and_api_agree(store: Path, client: Client,  # noqa: F811
                             capsys: pytest.CaptureFixture[str],
                             filters: dict[str, str], n: int) -> None:
    cli = _cli(store, filters, capsys)
    web = client.json(f"/api/events?{urlencode(filters)}")
    assert web["total"] == len(cli) == n
    assert [e["event_id"] for e in cli] == [e["event_id"] for e in web["events"]]
    for mine, theirs in zip(cli, web["events"]):
        # the web's record is the CLI's plus evidence and first_url, with samples of the
        # article ids and outlets in place of the full lists (here all: fewer than the cap)
        extra = ("evidence", "first_url", "articles_sample", "sources_sample")
        full = ("articles", "sources")
        assert ({k: v for k, v in theirs.items() if k not in extra}
                == {k: v for k, v in mine.items() if k not in full})
        assert theirs["articles_sample"] == mine["articles"]
        assert theirs["sources_sample"] == mine["sources"]


def test_paging_agrees(store: Path, client: Client,  # noqa: F811
                       capsys: pytest.CaptureFixture[str]) -> None:
    cli = _cli(store, {}, capsys, "--limit", "3", "--offset", "3")
    web = client.json("/api/events?limit=3&offset=3")
    assert [e["event_id"] for e in cli] == [e["event_id"] for e in web["events"]]
    assert len(cli) == 3


def test_query_text_says_how_many(store: Path,  # noqa: F811
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--db", str(store), "--limit", "2"]) == 0
    assert "(2 of 8 events from #1" in capsys.readouterr().out
    assert main(["query", "--db", str(store), "--offset", "20"]) == 0
    assert "no events past the first 8" in capsys.readouterr().out


def test_query_bad_dates(store: Path,  # noqa: F811
                         capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["query", "--db", str(store), "--since", "yesterday"])
    assert "not a date" in capsys.readouterr().err
    assert main(["query", "--db", str(store), "--since", "2025-06", "--until", "2025-01"]) != 0
    assert "after --until" in capsys.readouterr().err
