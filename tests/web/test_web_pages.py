"""The HTML pages: self-contained, UTF-8, escaped, with the evidence and the charts."""

from __future__ import annotations

import re

import pytest
from web_helpers import Client, client, store  # noqa: F401

PAGES = ["/", "/events", "/events?actor=पुतिन", "/actors", "/actors?q=मोदी",
         "/events?type=ACCUSE&since=2025-06"]


@pytest.mark.parametrize("path", [*PAGES, "/map", "/dyads?a=IND&b=PAK"])
def test_pages_are_self_contained_utf8(client: Client, path: str) -> None:
    page = client.html(path)
    assert page.startswith("<!doctype html>") and '<meta charset="utf-8">' in page
    # nothing fetched from elsewhere: scripts and stylesheets only from this server's
    # /static/, no images, frames or fonts by URL, CSS url() only to a pattern in the page
    assets = re.findall(r"<(?:script|link)\b[^>]*?(?:src|href)=\"([^\"]*)\"", page, re.I)
    assert all(a.startswith("/static/") for a in assets), assets
    assert not re.search(r"<(img|iframe|object|embed)\b", page, re.I)
    assert "cdn" not in page.lower() and "@import" not in page
    assert not re.search(r"url\((?!#)", page)
    for asset in assets:                      # and each one is there
        status, _, _ = client.get(asset)
        assert status == 200, asset


def test_no_raw_markup_from_the_store(client: Client) -> None:
    for path in PAGES + ["/events?actor=tom", "/dyads?a=tom&b=modi"]:
        page = client.html(path)
        # the only scripts are the map's own files (src="/static/...")
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", page, re.I), path
        assert "Tom & Jerry" not in page
    page = client.html("/events?actor=tom")
    assert "Tom &amp; Jerry &lt;script&gt;" in page


def test_filter_values_are_escaped(client: Client) -> None:
    page = client.html('/events?place="><script>alert(1)</script>')
    assert "<script>" not in page
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page


def test_dashboard(client: Client) -> None:
    page = client.html("/")
    assert "<svg" in page and "Events per" in page
    for total in (">8</b><span>events", ">10</b><span>mentions", ">11</b><span>documents"):
        assert total in page
    # stacked bars link to their month's events; the legend to the quad class
    assert 'href="/events?since=2025-03&amp;until=2025-03"' in page
    assert 'href="/events?quad=4"' in page
    assert "Narendra Modi" in page and 'href="/events?actor=person%3Anarendra-modi"' in page
    assert '<form class="filters" method="get" action="/events">' in page
    assert "<title>2025-02 · Material conflict: 2</title>" in page


def test_events_page_shows_devanagari_evidence(client: Client) -> None:
    page = client.html("/events?actor=पुतिन")
    assert "1–2 of 2" in page
    assert ('मास्को में <mark class="actor1">जयशंकर</mark> ने <mark class="actor2">पुतिन</mark>'
            ' से <mark class="trigger">मुलाकात की</mark>') in page or \
        '<mark class="trigger">met</mark>' in page
    assert 'value="पुतिन"' in page                       # the form keeps the filter
    assert "<svg" in page                                 # the matching events' timeline
    assert 'href="/api/events?actor=%E0%A4%AA' in page    # the JSON twin


def test_events_paging_links(client: Client) -> None:
    page = client.html("/events?limit=3")
    assert 'href="/events?limit=3&amp;offset=3">older' in page
    page = client.html("/events?limit=3&offset=6")
    assert "← newer" in page and "older →" not in page


def test_event_page(client: Client) -> None:
    event_id = client.json("/api/events?actor=पुतिन&type=CONSULT")["events"][0]["event_id"]
    page = client.html(f"/events/{event_id}")
    assert "3 mentions" in page
    assert '<mark class="actor2">President पुतिन</mark>' in page
    assert 'href="https://khabarmix.example/m-mx"' in page
    for doc_id in ("m-hi", "m-en", "m-mx"):
        assert f"<code>{doc_id}</code>" in page
    assert "language <b>hi-en</b>" in page


def test_html_errors(client: Client) -> None:
    page = client.html("/events?type=nonsense", status=400)
    assert "400 Bad request" in page and "nonsense" in page
    page = client.html("/events/ffffffffffffffff", status=404)
    assert "404 Not found" in page and "ffffffffffffffff" in page
    assert "404" in client.html("/no/such/page", status=404)
    assert "&lt;b&gt;" in client.html("/<b>", status=404)
