"""Screenshots of the web pages for the docs (docs/screenshots/*.png): ingests the bundled
sample corpus (examples/sample_corpus.jsonl, the real pipeline) into a temporary store, serves
it and photographs the dashboard, the map and a dyad with headless Debian chromium (see
tests/web/browser.py; apt-get install -y chromium chromium-driver fonts-lohit-deva).

    .venv/bin/python tools/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))

from browser import start  # noqa: E402

from ghatna.cli import main as ghatna  # noqa: E402
from ghatna.web.server import make_server  # noqa: E402

PAGES = {"dashboard": "/", "map": "/map", "dyads": "/dyads?a=IND&b=PAK"}


def shoot(base: str, out: Path) -> None:
    driver = start(width=1280, height=900)
    try:
        for name, path in PAGES.items():
            driver.set_window_size(1280, 900)
            driver.get(base + path)
            time.sleep(2.0)  # the map fetches its outlines and events
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(1280, min(int(height) + 40, 3000))
            time.sleep(0.5)
            driver.save_screenshot(str(out / f"{name}.png"))
            print(f"wrote {out / f'{name}.png'}")
    finally:
        driver.quit()


def run(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "sample.duckdb"
        code = ghatna(["ingest", str(ROOT / "examples" / "sample_corpus.jsonl"), "--db", str(db),
                       "--quiet"])
        if code not in (0, 3):
            raise SystemExit(f"ingest failed ({code})")
        server = make_server(db, "127.0.0.1", 0, quiet=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        while not server.server.started:
            time.sleep(0.05)
        try:
            shoot(f"http://127.0.0.1:{server.server_address[1]}", out)
        finally:
            server.shutdown()
            thread.join(5)
            server.server_close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    run(parser.parse_args().out)
