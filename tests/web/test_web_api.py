"""The JSON API: stats, event filters (any spelling of an actor), one event, timeline,
actors, and status codes for bad parameters and unknown events."""

from __future__ import annotations

import pytest
from web_helpers import Client, client, store  # noqa: F401


def test_stats(client: Client) -> None:
    data = client.json("/api/stats")
    assert (data["documents"], data["mentions"], data["events"]) == (11, 10, 8)
    assert data["events_by_type"]["ACCUSE"] == 2
    assert data["first_day"] == "2025-01-09" and data["last_day"] == "2025-06-02"
    assert data["events_by_quad"] == {"1": 2, "2": 1, "3": 3, "4": 2}
    assert data["top_actors"][0]["name"] == "Narendra Modi"
    assert data["top_actors"][0]["filter"] == "person:narendra-modi"


def test_json_is_utf8_not_escaped(client: Client) -> None:
    status, ctype, body = client.get("/api/events?actor=पुतिन")
    assert status == 200 and ctype == "application/json; charset=utf-8"
    assert "पुतिन" in body and "\\u092" not in body


def test_all_events_newest_first(client: Client) -> None:
    data = client.json("/api/events")
    assert data["total"] == 8 and len(data["events"]) == 8
    days = [e["date"] for e in data["events"]]
    assert days[0] == "2025-06-02" and days[-1] == "2025-01-09"
    ev = data["events"][0]
    assert ev["evidence"]["sentence"] == ev["sentence"]
    assert {h["kind"] for h in ev["evidence"]["highlights"]} == {"trigger", "actor1", "actor2"}


@pytest.mark.parametrize("needle", ["पुतिन", "Putin", "vladimir putin", "person:vladimir-putin",
                                    "President पुतिन", "id:person:vladimir-putin"])
def test_actor_any_spelling(client: Client, needle: str) -> None:
    data = client.json(f"/api/events?actor={needle}&type=consult")
    assert data["total"] == 1
    ev = data["events"][0]
    assert ev["actor2"]["name"] == "Vladimir Putin"
    assert ev["n_mentions"] == 3 and ev["languages"] == ["en", "hi", "hi-en"]


@pytest.mark.parametrize(("query", "total"), [
    ("actor=पुतिन", 2),
    ("actor=nobody", 0),
    ("type=ACCUSE", 2),
    ("country=PAK", 3),            # either actor or the place
    ("country=pak&type=aid", 1),
    ("place=moscow", 1),
    ("place=नई", 0),                # place names are stored as the gazetteer's (English) names
    ("since=2025-05-01", 4),       # the undated AGREE counts as its first report (2025-05-21)
    ("until=2025-02", 3),          # a month is its last day as an upper bound
    ("since=2025-02&until=2025-02", 2),
    ("since=2025-02-03&until=2025-02-03", 2),  # the ASSAULT that day and the PROTEST of
    ("since=2025-02-15", 6),                   # "2025-02" (a month overlaps a day inside it)
    ("until=2025-01-31", 1),                   # ... but not a bound before it
    ("since=2025", 8),
    ("quad=4", 2),
    ("lang=hi", 3),
    ("lang=hi-en&actor=modi", 1),
    ("actor=&type=&since=", 8),    # blank form fields are ignored
])
def test_filters(client: Client, query: str, total: int) -> None:
    assert client.json(f"/api/events?{query}")["total"] == total


def test_paging(client: Client) -> None:
    first = client.json("/api/events?limit=3")
    second = client.json("/api/events?limit=3&offset=3")
    rest = client.json("/api/events?limit=3&offset=6")
    ids = [e["event_id"] for page in (first, second, rest) for e in page["events"]]
    assert len(ids) == len(set(ids)) == 8 and first["total"] == 8
    assert [len(p["events"]) for p in (first, second, rest)] == [3, 3, 2]


def test_one_event_with_its_mentions(client: Client) -> None:
    ev = client.json("/api/events?actor=पुतिन&type=CONSULT")["events"][0]
    full = client.json(f"/api/events/{ev['event_id']}")
    assert full["event_id"] == ev["event_id"] and full["location"]["name"] == "Moscow"
    by_doc = {m["document"]["id"]: m for m in full["mentions"]}
    assert sorted(by_doc) == ["m-en", "m-hi", "m-mx"]
    hi = by_doc["m-hi"]
    assert hi["lang"] == "hi" and hi["document"]["url"] == "https://samachar.example/m-hi"
    assert hi["sentence"] == "मास्को में जयशंकर ने पुतिन से मुलाकात की।"
    marks = {h["kind"]: hi["sentence"][h["start"]:h["end"]] for h in hi["evidence"]["highlights"]}
    assert marks == {"actor1": "जयशंकर", "actor2": "पुतिन", "trigger": "मुलाकात की"}
    assert hi["actor2"]["text"] == "पुतिन"
    # GDELT's GLOBALEVENTID finds it too
    assert client.json(f"/api/events/{full['global_id']}")["event_id"] == ev["event_id"]


def test_timeline(client: Client) -> None:
    tl = client.json("/api/timeline")
    assert tl["by"] == "month" and tl["undated"] == 0 and tl["total"] == 8
    assert [b["period"] for b in tl["buckets"]] == [f"2025-0{m}" for m in range(1, 7)]
    by_period = {b["period"]: b for b in tl["buckets"]}
    assert by_period["2025-04"]["total"] == 0                    # gaps are zeros
    assert by_period["2025-02"]["by_type"] == {"PROTEST": 1, "ASSAULT": 1}
    assert by_period["2025-02"]["by_quad"] == {"4": 2}
    assert by_period["2025-05"]["by_type"] == {"AID": 1, "AGREE": 1}  # undated: first report
    assert sum(b["total"] for b in tl["buckets"]) == 8
    assert tl["types"][:2] == ["AGREE", "CONSULT"]               # PLOVER order


def test_timeline_filters_and_days(client: Client) -> None:
    tl = client.json("/api/timeline?type=accuse&actor=मोदी&by=day")
    assert tl["by"] == "day" and tl["total"] == 2
    assert tl["buckets"][0]["period"] == "2025-01-09"
    assert tl["buckets"][-1]["period"] == "2025-06-02"
    assert len(tl["buckets"]) == 145                              # every day in between
    assert client.json("/api/timeline?actor=putin&by=auto")["by"] == "month"
    assert client.json("/api/timeline?since=2025-02-01&until=2025-02-28&by=auto")["by"] == "day"


def test_timeline_matches_the_event_list(client: Client) -> None:
    # the "2025-02" PROTEST overlaps 3 February: listed, and charted on that day (not on the
    # 1st, outside the filter), so the chart and the list agree
    tl = client.json("/api/timeline?since=2025-02-03&until=2025-02-03&by=day")
    assert [(b["period"], b["total"]) for b in tl["buckets"]] == [("2025-02-03", 2)]
    tl = client.json("/api/timeline?since=2025-02-15&by=month")
    assert tl["total"] == client.json("/api/events?since=2025-02-15")["total"] == 6
    assert tl["buckets"][0]["period"] == "2025-02" and tl["buckets"][0]["total"] == 1


def test_actors(client: Client) -> None:
    data = client.json("/api/actors")
    assert data["total"] == 8
    assert data["actors"][0]["name"] == "Narendra Modi" and data["actors"][0]["n_events"] == 4
    putin = client.json("/api/actors?q=पुतिन")["actors"]
    assert [a["name"] for a in putin] == ["Vladimir Putin"]
    assert {"पुतिन", "Putin", "President पुतिन"} <= set(putin[0]["aliases"])
    assert client.json("/api/actors?limit=2&offset=2")["actors"][0]["name"] != "Narendra Modi"


@pytest.mark.parametrize(("path", "words"), [
    ("/api/events?type=MEET", "PLOVER type"),
    ("/api/events?since=yesterday", "since="),
    ("/api/events?until=2025-13", "until="),
    ("/api/events?since=2025-06-01&until=2025-01-01", "after until"),
    ("/api/events?limit=0", "limit='0': Input should be greater than or equal to 1"),
    ("/api/events?limit=501", "limit='501': Input should be less than or equal to 500"),
    ("/api/events?limit=many", "limit='many': Input should be a valid integer"),
    ("/api/events?offset=-1", "offset"),
    ("/api/events?country=India", "alpha-3"),
    ("/api/events?quad=7", "quad"),
    ("/api/events?actr=putin", "unknown parameter 'actr'"),
    ("/api/timeline?by=week", "by="),
    ("/api/actors?limit=100000", "limit"),
    ("/api/stats?top=0", "top"),
])
def test_bad_parameters_are_400(client: Client, path: str, words: str) -> None:
    data = client.json(path, status=400)
    assert data["status"] == 400 and words in data["error"]


@pytest.mark.parametrize("path", ["/api/events/0000000000000000", "/api/events/12345",
                                  "/api/nothing", "/api/events/a/b"])
def test_unknown_is_404(client: Client, path: str) -> None:
    data = client.json(path, status=404)
    assert data["status"] == 404 and data["error"]


def test_head_and_index(client: Client) -> None:
    status, ctype, body = client.get("/api/stats", method="HEAD")
    assert status == 200 and body == ""
    assert "/api/events" in client.json("/api")["endpoints"]
