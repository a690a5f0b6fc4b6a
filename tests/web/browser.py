"""Debian's chromium, headless, driven by selenium through the system chromedriver (no
browser download: ``.ci/run`` installs ``chromium`` and ``chromium-driver`` with apt-get).

Used by the browser tests and ``tools/screenshots.py``."""

from __future__ import annotations

import os
import shutil
from typing import Any

CHROMIUM = ("chromium", "chromium-browser")
DRIVER = "chromedriver"


def find_browser() -> tuple[str, str] | None:
    """The chromium and chromedriver executables, or None when either is missing."""
    browser = next((p for p in (shutil.which(n) for n in CHROMIUM) if p), None)
    driver = shutil.which(DRIVER) or ("/usr/bin/chromedriver"
                                      if os.path.exists("/usr/bin/chromedriver") else None)
    return (browser, driver) if browser and driver else None


def start(width: int = 1280, height: int = 900) -> Any:
    """A headless chromium (its console log readable with ``get_log("browser")``)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = find_browser()
    if found is None:
        raise RuntimeError("chromium and chromedriver are needed: apt-get install -y "
                           "chromium chromium-driver")
    browser, driver = found
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}", "--lang=en-US",
                "--disable-background-networking", "--no-first-run"):
        options.add_argument(arg)
    if width < 500:  # below chromium's smallest window: emulate the phone's screen instead
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {
            "width": width, "height": height, "pixelRatio": 2, "touch": True}})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)
