"""Size of ``/api/events`` answers on a store with one big story.

Builds a store with the store tests' fake extractor (the events are written into each
document, so no language resources are loaded): the web tests' corpus, ``--docs`` generated
documents and one event reported by ``--big`` articles from ``--outlets`` outlets. Then it
renders ``/api/events?limit=50`` (the newest 50 events, the big story among them) and
``/api/events/<big story>`` exactly as the server does and prints their sizes in bytes::

    .venv/bin/python bench/bench_api_size.py --big 625 --docs 2000
    .venv/bin/python bench/bench_api_size.py --big 625 --docs 2000 --sample 1000000000

The second line lifts the cap (every article id and outlet in the list, as before it);
run it on an older checkout (``PYTHONPATH=OLD/src``) for a before/after comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "web"))

from web_corpus import FAKE, doc, event, many, rows  # noqa: E402

from ghatna.cli import main  # noqa: E402


def corpus(big: int, outlets: int, n: int) -> list[dict[str, Any]]:
    story = ("CONSULT", "Narendra Modi", "Vladimir Putin", "2026-01-15")
    langs = ("hi", "en", "hi-en")
    reports = [doc(f"big-{i:05d}", "2026-01-15", event(*story, langs[i % 3], "Moscow"),
                   outlet=f"outlet{i % outlets:04d}.example") for i in range(big)]
    return rows() + many(n) + reports


def sizes(db: Path, limit: int, sample: int | None) -> dict[str, Any]:
    from ghatna.store.schema import open_reader
    from ghatna.web import api
    from ghatna.web.app import JSON

    if sample is not None:  # what a list weighs with another cap (10**9: every id)
        api.ARTICLE_SAMPLE = sample

    con = open_reader(db)
    try:
        listing = api.list_events(con, api.Filters(), limit=limit)
        top = max(listing["events"], key=lambda e: e["n_articles"] or 0)
        one = api.get_event(con, top["event_id"])
    finally:
        con.close()
    return {"list_events": len(listing["events"]), "list_bytes": len(JSON(listing).body),
            "big_event_articles": top["n_articles"], "big_event_bytes_in_list":
            len(JSON(top).body), "event_endpoint_bytes": len(JSON(one).body)}


def main_() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--big", type=int, default=625, help="articles of the big story")
    ap.add_argument("--outlets", type=int, default=200, help="outlets reporting it")
    ap.add_argument("--docs", type=int, default=2000, help="other generated documents")
    ap.add_argument("--limit", type=int, default=50, help="events per list")
    ap.add_argument("--sample", type=int, help="ids per event in a list (default: the "
                    "server's cap; 1000000000: every id, as before the cap)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src, db = Path(tmp) / "corpus.jsonl", Path(tmp) / "api.duckdb"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in
                               corpus(args.big, args.outlets, args.docs)), encoding="utf-8")
        assert main(["ingest", str(src), "--db", str(db), "--extractor", FAKE, "--quiet"]) == 0
        print(json.dumps(sizes(db, args.limit, args.sample)))


if __name__ == "__main__":
    main_()
