"""The HTTP layer on FastAPI/uvicorn: raw UTF-8 URLs, methods, CORS, OpenAPI and /docs, the
downloads (CSV, GeoJSON), dyads, and the server's defences (security headers on every
answer, Host allow-list, head size and time limits, safe links, capped article lists)."""

from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_corpus import doc, event
from web_helpers import Client, build_store, client, serve, store  # noqa: F401

from ghatna.web.csvout import cell
from ghatna.web.security import SECURITY_HEADERS, allowed_hosts, safe_link

SRC = Path(__file__).resolve().parents[2] / "src"


def raw(client: Client, request: bytes, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are; the status, headers (lower-case names) and body."""
    host, port = client.base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(lines[0].split()[1]), headers, body


def get_raw(client: Client, target: str, method: str = "GET",
            extra: str = "") -> tuple[int, dict[str, str], bytes]:
    request = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}Connection: close\r\n\r\n"
    return raw(client, request.encode("utf-8"))


def assert_secure(headers: dict[str, str]) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert headers.get(name.lower()) == value, (name, headers)
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


# --------------------------------------------------------------------------- URLs, methods


def test_raw_utf8_and_percent_encoded_queries_agree(client: Client) -> None:
    status, _, body = get_raw(client, "/api/events?actor=पुतिन")
    assert status == 200
    raw_ids = [e["event_id"] for e in json.loads(body)["events"]]
    assert len(raw_ids) == 2
    assert [e["event_id"] for e in client.json("/api/events?actor=पुतिन")["events"]] == raw_ids
    status, _, body = get_raw(client, "/events?actor=पुतिन")
    assert status == 200 and 'value="पुतिन"' in body.decode("utf-8")


@pytest.mark.parametrize("target", ["/api/events/²", "/api/events/%C2%B2",
                                    "/api/events/99999999999999999999999", "/events/²"])
def test_odd_event_ids_are_404(client: Client, target: str) -> None:
    status, headers, _ = get_raw(client, target)
    assert status == 404
    assert_secure(headers)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_other_methods_are_405(client: Client, method: str) -> None:
    status, headers, body = get_raw(client, "/api/events", method, "Content-Length: 0\r\n")
    assert status == 405 and headers["allow"] == "GET, HEAD"
    assert json.loads(body)["status"] == 405 and "read-only" in json.loads(body)["error"]
    assert_secure(headers)
    status, headers, body = get_raw(client, "/", method, "Content-Length: 0\r\n")
    assert status == 405 and b"405 Method not allowed" in body


def test_head_has_no_body(client: Client) -> None:
    status, headers, body = get_raw(client, "/api/events?limit=2", "HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 100


def test_cors_for_reads(client: Client) -> None:
    status, headers, _ = get_raw(client, "/api/stats", extra="Origin: https://example.org\r\n")
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    status, headers, _ = get_raw(client, "/api/events", "OPTIONS",
                                 "Origin: https://example.org\r\n"
                                 "Access-Control-Request-Method: GET\r\n")
    assert status == 200 and "GET" in headers["access-control-allow-methods"]
    status, _, _ = get_raw(client, "/api/events", "OPTIONS",
                           "Origin: https://example.org\r\nAccess-Control-Request-Method: POST\r\n")
    assert status == 400


# --------------------------------------------------------------------------- OpenAPI, docs


def test_openapi_describes_the_api(client: Client) -> None:
    spec = client.json_any("/openapi.json")
    events = spec["paths"]["/api/events"]["get"]
    params = {p["name"]: p for p in events["parameters"]}
    assert set(params) >= {"actor", "type", "country", "since", "until", "quad", "lang",
                           "limit", "offset"}
    assert params["limit"]["schema"]["maximum"] == 500
    listed = events["responses"]["200"]["content"]["application/json"]["schema"]
    item = listed["properties"]["events"]["items"]["properties"]
    assert item["articles_sample"]["maxItems"] == 5 and "articles" not in item
    assert {"n_articles", "n_mentions", "n_sources"} <= set(item)
    one = spec["paths"]["/api/events/{event_id}"]["get"]["responses"]["200"]
    assert "articles" in one["content"]["application/json"]["schema"]["properties"]
    assert {"/api/dyads", "/api/events.geojson", "/api/events.csv"} <= set(spec["paths"])
    assert "/events" not in spec["paths"]        # pages are for people, not in the API


def test_docs_load_only_local_assets(client: Client) -> None:
    page = client.html("/docs")
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "http://" not in page and "https://" not in page
    for asset in ("/static/vendor/swagger-ui-dist/swagger-ui-bundle.js", "/static/docs-init.js",
                  "/static/vendor/swagger-ui-dist/LICENSE"):
        status, _, _ = client.get(asset)
        assert status == 200, asset
    status, headers, _ = get_raw(client, "/static/vendor/leaflet/leaflet.js")
    assert status == 200 and "max-age" in headers["cache-control"]
    assert_secure(headers)
    assert get_raw(client, "/static/../web/app.py")[0] == 404


# --------------------------------------------------------------------------- downloads


def test_geojson(client: Client) -> None:
    status, ctype, body = client.get("/api/events.geojson?actor=पुतिन")
    assert status == 200 and ctype.startswith("application/geo+json")
    data = json.loads(body)
    assert data["type"] == "FeatureCollection"
    assert data["properties"] == {"filters": {"actor": "पुतिन"}, "matching": 2, "located": 1,
                                  "unlocated": 1, "shown": 1, "limit": 2000}
    feature = data["features"][0]
    lon, lat = feature["geometry"]["coordinates"]
    assert 55 < lat < 57 and 37 < lon < 38                       # Moscow
    assert feature["properties"]["type"] == "CONSULT"
    assert feature["properties"]["url"] == f"/events/{feature['id']}"
    assert client.json_any("/api/events.geojson?quad=4")["properties"]["matching"] == 2


def _csv(client: Client, path: str) -> list[dict[str, str]]:
    status, ctype, body = client.get(path)
    assert status == 200 and ctype == "text/csv; charset=utf-8"
    assert body.startswith("\ufeff")                               # Excel reads it as UTF-8
    return list(csv.DictReader(io.StringIO(body[1:])))


def test_csv_downloads(client: Client) -> None:
    events = _csv(client, "/api/events.csv?actor=पुतिन")
    assert len(events) == 2 and {e["actor2_name"] for e in events} == {"Vladimir Putin"}
    assert "hi" in next(e for e in events if e["type"] == "CONSULT")["languages"].split(";")
    assert len(_csv(client, "/api/events.csv")) == 8
    actors = _csv(client, "/api/actors.csv?q=पुतिन")
    assert actors[0]["name"] == "Vladimir Putin" and "पुतिन" in actors[0]["aliases"]
    timeline = _csv(client, "/api/timeline.csv")
    assert [r["period"] for r in timeline][:2] == ["2025-01", "2025-02"]
    assert timeline[1]["quad_4"] == "2"
    assert _csv(client, "/api/dyads.csv?a=IND&b=PAK")[0]["week"] == "2025-01-06"


def test_csv_cells_never_run_as_formulas() -> None:
    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and cell("@SUM") == "'@SUM"
    assert cell(-2.5) == -2.5 and cell(["hi", "en"]) == "hi;en" and cell(None) == ""


# --------------------------------------------------------------------------- dyads


def test_dyad_both_ways(client: Client) -> None:
    data = client.json("/api/dyads?a=IND&b=PAK")
    # Modi accused Sharif (Jan) and Sharif threatened Modi (Jun): both directions
    assert data["totals"]["realised"] == 2 and data["totals"]["planned"] == 0
    weeks = data["weeks"]
    assert weeks[0]["week"] == "2025-01-06" and weeks[-1]["week"] == "2025-05-26"
    assert sum(w["total"] for w in weeks) == 2 and len(weeks) == 21    # empty weeks too
    assert weeks[0]["realised"] == {"3": 1}
    assert client.json("/api/dyads?a=IND&b=PAK&directed=true")["totals"]["realised"] == 1
    assert client.json("/api/dyads?a=मोदी&b=Sharif")["totals"]["realised"] == 2
    assert client.json("/api/dyads?a=IND&b=RUS&lang=hi-en")["totals"]["realised"] == 2
    assert client.json("/api/dyads?a=IND&b=RUS&lang=hi")["totals"]["realised"] == 1


@pytest.mark.parametrize(("query", "words"), [("a=IND", "b"), ("a=IND&b=nobody-at-all", "no actor"),
                                              ("a=IND&b=PAK&lang=xx-yy-zz", "lang")])
def test_dyad_errors(client: Client, query: str, words: str) -> None:
    assert words in client.json(f"/api/dyads?{query}", status=400)["error"]


def test_dyad_page(client: Client) -> None:
    page = client.html("/dyads?a=IND&b=PAK")
    assert "Dyad: IND ↔ PAK" in page and "Goldstein sum per week" in page
    assert page.count("<svg") >= 2 and "Sharif" in page
    assert "Choose two sides" in client.html("/dyads")


# --------------------------------------------------------------------------- defences


def test_security_headers_everywhere(client: Client) -> None:
    for target in ("/", "/api/stats", "/map", "/nope", "/api/events?limit=0",
                   "/api/events?actr=1", "/static/map.js"):
        status, headers, _ = get_raw(client, target)
        assert_secure(headers)
    # uvicorn's own answer to a malformed request carries them too
    status, headers, _ = raw(client, b"NOT HTTP AT ALL\r\n\r\n")
    assert status == 400
    assert_secure(headers)


def test_host_allow_list(client: Client) -> None:
    status, headers, _ = raw(client, b"GET /api/stats HTTP/1.1\r\nHost: evil.example\r\n"
                                     b"Connection: close\r\n\r\n")
    assert status == 400
    assert_secure(headers)
    for host in (b"localhost:8600", b"127.0.0.1", b"[::1]:1"):
        request = b"GET /api/stats HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n"
        assert raw(client, request)[0] == 200, host
    assert allowed_hosts("0.0.0.0", ["news.example"]) == [
        "localhost", "127.0.0.1", "::1", "[::1]", "news.example"]
    assert "10.0.0.5" in allowed_hosts("10.0.0.5")


def test_long_urls_and_slow_heads_are_refused(store: Path) -> None:  # noqa: F811
    from ghatna.web.limits import Limits

    for small in serve(store, limits=Limits(head_timeout=0.5, max_head=4096)):
        status, headers, _ = get_raw(small, "/api/events?actor=" + "x" * 5000)
        assert status == 400
        assert_secure(headers)
        status, headers, _ = raw(small, b"GET /api/stats HTTP/1.1\r\nHost: 127", timeout=5)
        assert status == 408
        assert_secure(headers)
        assert small.json("/api/stats")["events"] == 8            # and it still serves


def test_safe_links() -> None:
    assert safe_link("https://news.example/a?b=1") == "https://news.example/a?b=1"
    for url in ("javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "data:text/html,x",
                "/relative", "http://", "vbscript:x", "java\nscript:x", None, ""):
        assert safe_link(url) is None, url


# --------------------------------------------------------------------------- a second store


@pytest.fixture(scope="module")
def extra(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """Twelve reports of one protest, a planned visit, and a document whose url is a
    ``javascript:`` URL."""
    protest = ("PROTEST", "Farmers", None, "2025-02-10", "hi", "New Delhi")
    records = [doc(f"p{i:02d}", "2025-02-10", event(*protest), outlet=f"o{i}.example")
               for i in range(12)]
    records.append(doc("visit", "2025-02-11", event("CONSULT", "Narendra Modi",
                                                    "Shehbaz Sharif", "2025-03-01", "hi-en",
                                                    planned=True)))
    bad = doc("js", "2025-02-12", event("ACCUSE", "Shehbaz Sharif", "Narendra Modi",
                                        "2025-02-12", "en"))
    bad["url"] = "javascript:alert(document.cookie)"
    records.append(bad)
    yield from serve(build_store(tmp_path_factory.mktemp("extra"), records))


def test_lists_carry_a_sample_of_articles(extra: Client) -> None:
    ev = extra.json("/api/events?type=PROTEST")["events"][0]
    assert ev["n_articles"] == 12 and ev["n_mentions"] == 12 and ev["n_sources"] == 12
    assert ev["articles_sample"] == [f"p{i:02d}" for i in range(5)]
    assert ev["sources_sample"] == [f"o{i}.example" for i in (0, 1, 10, 11, 2)]
    assert "articles" not in ev and "sources" not in ev
    full = extra.json(f"/api/events/{ev['event_id']}")
    assert full["articles"] == [f"p{i:02d}" for i in range(12)]
    assert len(full["sources"]) == 12 and len(full["mentions"]) == 12
    page = extra.html(f"/events/{ev['event_id']}")
    assert all(f"<code>p{i:02d}</code>" in page for i in range(12))


def test_planned_apart(extra: Client) -> None:
    data = extra.json("/api/dyads?a=IND&b=PAK")
    assert data["totals"]["planned"] == 1 and data["totals"]["realised"] == 1
    planned_week = next(w for w in data["weeks"] if w["planned"])
    assert planned_week["planned"] == {"1": 1} and planned_week["goldstein"] == 0
    tl = extra.json("/api/timeline")
    assert tl["buckets"][1]["unrealised"] == {"1": 1}               # March: the visit
    page = extra.html("/events")
    assert "url(#tl-1)" in page and "striped: planned" in page


def test_javascript_urls_are_never_links(extra: Client) -> None:
    ev = extra.json("/api/events?type=ACCUSE")["events"][0]
    page = extra.html(f"/events/{ev['event_id']}")
    assert "javascript:" not in page.replace("Story js", "")
    assert 'href="javascript' not in page.lower() and "Story js" in page


def test_quiet_server_logs_no_disconnects(store: Path, tmp_path: Path) -> None:  # noqa: F811
    """Clients that hang up mid-answer leave no traceback in a --quiet server's log."""
    log = tmp_path / "serve.log"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with log.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "ghatna.cli", "serve", "--db", str(store),
                                 "--port", str(port), "--quiet"], stderr=err,
                                env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    try:
        _wait_for_port(port)
        for _ in range(30):
            with socket.create_connection(("127.0.0.1", port)) as sock:
                sock.sendall(b"GET /api/events?limit=500 HTTP/1.1\r\nHost: localhost\r\n\r\n")
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        time.sleep(1)
        assert Client(f"http://127.0.0.1:{port}").json("/api/stats")["events"] == 8
    finally:
        proc.terminate()
        proc.wait(10)
    text = log.read_text()
    assert "Traceback" not in text and "Error" not in text, text


def _wait_for_port(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("ghatna serve did not start")

