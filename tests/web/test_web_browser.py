"""The pages in a real browser (headless Debian chromium through selenium): the dashboard,
the map, the events list, an event's page and a Devanagari filter render, run their scripts
without a Content-Security-Policy or script error, and link where they should.

Runs wherever chromium and chromedriver are installed (``.ci/run`` installs them); in CI
(``CI`` set) their absence is a failure, elsewhere a skip that says what to install.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import pytest
from browser import find_browser, start
from web_helpers import Client, client, store  # noqa: F401

if find_browser() is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI needs chromium and chromedriver (see .ci/run)")
    pytest.skip("no chromium/chromedriver: apt-get install -y chromium chromium-driver",
                allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    driver = start()
    try:
        yield driver
    finally:
        driver.quit()


def errors(browser: Any) -> list[str]:
    """Console errors since the last call (CSP violations and script errors are SEVERE)."""
    return [e["message"] for e in browser.get_log("browser")
            if e["level"] == "SEVERE" and "favicon" not in e["message"]]


def open_page(browser: Any, client: Client, path: str) -> None:
    browser.get(client.base + path)
    WebDriverWait(browser, 10).until(
        lambda b: b.execute_script("return document.readyState") == "complete")


def wait_for_markers(browser: Any) -> int:
    WebDriverWait(browser, 15).until(
        lambda b: b.find_element(By.ID, "map").get_attribute("data-markers") is not None)
    return int(browser.find_element(By.ID, "map").get_attribute("data-markers"))


def test_dashboard(browser: Any, client: Client) -> None:
    open_page(browser, client, "/")
    assert browser.title == "Dashboard · ghatna"
    assert browser.find_element(By.CSS_SELECTOR, "svg.chart").is_displayed()
    assert wait_for_markers(browser) == 3                     # Moscow, New Delhi, Lahore
    outlines = browser.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane path")
    assert len(outlines) > 100                                # countries drawn, offline
    assert errors(browser) == []
    # a timeline column leads to its month's events
    browser.find_element(By.CSS_SELECTOR, 'a[href="/events?since=2025-03&until=2025-03"]')\
        .click()
    assert "1–1 of 1" in browser.find_element(By.TAG_NAME, "h1").text
    assert errors(browser) == []


def test_devanagari_filter_and_event_page(browser: Any, client: Client) -> None:
    open_page(browser, client, "/events")
    box = browser.find_element(By.CSS_SELECTOR, 'form.filters input[name="actor"]')
    box.send_keys("पुतिन")
    box.submit()
    WebDriverWait(browser, 10).until(lambda b: "actor=" in b.current_url)
    assert "actor=पुतिन" in unquote(browser.current_url)
    assert "1–2 of 2" in browser.find_element(By.TAG_NAME, "h1").text
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "mark.actor2")]
    assert any("पुतिन" in m or "Putin" in m for m in marks)
    details = [a for a in browser.find_elements(By.PARTIAL_LINK_TEXT, "details")]
    consult = next(a for a in details
                   if "CONSULT" in a.find_element(By.XPATH, "../..").text)
    consult.click()
    WebDriverWait(browser, 10).until(lambda b: "/events/" in b.current_url)
    assert "3 mentions" in browser.page_source
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR,
                                                                    ".event b a")]
    assert "https://samachar.example/m-hi" in links
    assert errors(browser) == []


def test_map_filters_and_popup_links(browser: Any, client: Client) -> None:
    open_page(browser, client, "/map?actor=पुतिन")
    assert wait_for_markers(browser) == 1
    assert "1 of 2 matching events" in browser.find_element(By.ID, "map-status").text
    marker = browser.find_element(By.CSS_SELECTOR, ".leaflet-overlay-pane path.leaflet-interactive")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', "
                           "{bubbles: true}))", marker)
    # the popup fades in: its text is empty to .text until it is shown, so read the DOM text
    # once the link exists and holds something
    link = WebDriverWait(browser, 10).until(
        lambda b: next((a for a in b.find_elements(By.CSS_SELECTOR, ".leaflet-popup-content a")
                        if (a.get_attribute("textContent") or "").strip()), False))
    text = link.get_attribute("textContent") or ""
    assert "CONSULT" in text and "Vladimir Putin" in text
    browser.execute_script("arguments[0].click()", link)
    WebDriverWait(browser, 10).until(lambda b: "/events/" in b.current_url)
    assert "Moscow" in browser.page_source
    assert errors(browser) == []


def test_api_docs_render_offline(browser: Any, client: Client) -> None:
    open_page(browser, client, "/docs")
    WebDriverWait(browser, 20).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, ".opblock-summary-path"))
    paths = {e.text for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert "/api/events" in paths and "/api/dyads" in paths
    assert errors(browser) == []


def test_phone_width_keeps_labels_readable(client: Client) -> None:
    driver = start(width=420, height=900)
    try:
        open_page(driver, client, "/dyads?a=IND&b=PAK")
        labels = [e for e in driver.find_elements(By.CSS_SELECTOR, "svg.chart text.xlab")
                  if e.is_displayed()]
        assert labels
        heights = [e.rect["height"] for e in labels]
        assert min(heights) >= 8, heights                       # CSS px on a 420 px screen
        assert errors(driver) == []
        for path in ("/dyads?a=IND&b=PAK", "/", "/events", "/actors", "/map"):
            open_page(driver, client, path)                      # no sideways scrolling
            width = driver.execute_script("return document.documentElement.scrollWidth")
            assert width <= 420, path
    finally:
        driver.quit()
