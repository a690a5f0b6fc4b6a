"""Deduplication in the store: pairwise precision / recall of event ids on multi-report stories.

The annotated corpus (``corpus/*.jsonl``) labels documents that report the same story
(``cluster``: different outlets, often one Hindi and one English report). This script measures
whether the store gives the same real-world event reported by several of them one event id.

1. **Gold identity.** Within each story, two gold events of *different* documents are linked
   when the shared scorer's ``event_match`` (``../shared/eval/score.py``: same type, both actors
   match, either order for symmetric types) holds and their dates are compatible (equal, one a
   prefix of the other, or either missing). A gold event's identity is its connected component
   of these links over all gold events of the story's documents.
2. **System identity.** The gold file's documents (``id``, ``text``, ``published`` only) are
   ingested with the real CLI (``ghatna ingest``) into a fresh DuckDB store in a temporary
   folder; each gold event is aligned to at most one mention of its document with
   ``event_match``, greedily in gold order and mention position like the scorer. Unaligned gold
   events take no part in the pairwise figures (their number is reported).
3. **Pairwise.** Over the pairs of aligned gold events of different documents of one story: a
   pair is gold-positive when both have the same gold identity, system-positive when their
   mentions share an ``event_id``. Precision = both / system-positive, recall = both /
   gold-positive (``null`` / ``n/a`` when the denominator is zero).

Goal (accuracy issue): on the test split's multi-report stories, precision >= 0.90 and recall
>= 0.80.

    python bench/eval_dedup.py corpus/dev.jsonl
    python bench/eval_dedup.py corpus/dev.jsonl --json
    python bench/eval_dedup.py corpus/dev.jsonl --db bench/out/dedup-dev.duckdb   # keep the store

The gold file is only read. The result depends only on the gold file and the code (the store is
deterministic; everything here is sorted).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

EventDict = dict[str, Any]
#: one aligned gold event of a story: (document id, gold identity, system event id)
Item = tuple[str, Any, Any]


def load_event_match(path: Path = SCORER) -> Callable[[EventDict, EventDict], bool]:
    """``event_match`` of the shared scorer, imported from where it lies."""
    if not path.exists():
        sys.exit(f"eval_dedup: {path} is missing (the shared scorer is expected beside the repository)")
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.event_match


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal dates, one a prefix of the other ("2025-03" and "2025-03-14"), or either missing."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


# ---------------------------------------------------------------------------------------------
# pairwise scoring (pure)


def pairwise(stories: Mapping[str, Sequence[Item]]) -> dict[str, Any]:
    """Pairwise precision / recall / F1 of system ids against gold identities.

    ``stories`` maps a story to its aligned gold events, each ``(doc_id, gold_id, system_id)``.
    Only pairs from different documents of the same story count. A pair is gold-positive when
    the gold ids are equal, system-positive when the system ids are equal (and not None).
    """
    pairs = tp = gold_pos = sys_pos = 0
    for story in sorted(stories):
        for (d1, g1, s1), (d2, g2, s2) in combinations(stories[story], 2):
            if d1 == d2:
                continue
            pairs += 1
            gp = g1 == g2
            sp = s1 is not None and s1 == s2
            gold_pos += gp
            sys_pos += sp
            tp += gp and sp
    precision = tp / sys_pos if sys_pos else None
    recall = tp / gold_pos if gold_pos else None
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": pairs, "gold_positive": gold_pos, "system_positive": sys_pos,
            "true_positive": tp, "false_positive": sys_pos - tp, "false_negative": gold_pos - tp,
            "precision": precision, "recall": recall, "f1": f1}


# ---------------------------------------------------------------------------------------------
# gold identities


def load_gold(path: Path) -> list[dict[str, Any]]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"eval_dedup: {path}:{n}: not JSON: {exc}")
    return docs


def stories_of(docs: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """Story label -> its documents (file order), for stories told by two or more documents."""
    by_story: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for doc in docs:
        if doc.get("cluster"):
            by_story[str(doc["cluster"])].append(doc)
    return {s: ds for s, ds in sorted(by_story.items()) if len(ds) >= 2}


def gold_identities(story_docs: Sequence[Mapping[str, Any]],
                    match: Callable[[EventDict, EventDict], bool]) -> dict[tuple[str, int], int]:
    """(doc_id, event index) -> gold identity (the smallest member's number) within one story."""
    nodes = [(str(d["id"]), i, ev) for d in story_docs for i, ev in enumerate(d.get("events") or [])]
    parent = list(range(len(nodes)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in combinations(range(len(nodes)), 2):
        (da, _, ea), (db, _, eb) = nodes[a], nodes[b]
        if da != db and dates_compatible(ea.get("date"), eb.get("date")) and match(ea, eb):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {(d, i): find(n) for n, (d, i, _) in enumerate(nodes)}


# ---------------------------------------------------------------------------------------------
# the store


def ghatna_cli() -> str:
    local = Path(sys.executable).parent / "ghatna"
    if local.exists():
        return str(local)
    found = shutil.which("ghatna")
    if not found:
        sys.exit("eval_dedup: the ghatna command is not installed (make setup)")
    return found


def ingest(docs: Sequence[Mapping[str, Any]], db: Path, workdir: Path) -> tuple[int, str]:
    """Ingest the documents (id, text, published) into ``db`` with ``ghatna ingest``."""
    inp = workdir / "docs.jsonl"
    with open(inp, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps({"id": doc["id"], "text": doc["text"],
                                 "published": doc.get("published")}, ensure_ascii=False) + "\n")
    env = dict(os.environ)
    env.pop("GHATNA_STORE_MEMORY", None)
    proc = subprocess.run([ghatna_cli(), "ingest", str(inp), "--db", str(db), "--workers", "1"],
                          capture_output=True, text=True, env=env, cwd=workdir)
    if proc.returncode not in (0, 3):
        sys.exit(f"eval_dedup: ghatna ingest failed (exit {proc.returncode}):\n{proc.stderr}")
    return proc.returncode, proc.stderr


def _actor(row: Mapping[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_key"] is None and row[f"{prefix}_name"] is None:
        return None
    return {"name": row[f"{prefix}_name"], "country": row[f"{prefix}_country"],
            "sector": row[f"{prefix}_sector"]}


def read_store(db: Path) -> tuple[dict[str, list[EventDict]], dict[str, int]]:
    """Mentions per document (by position) as scorer-style events with their event_id."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(
            "SELECT doc_id, position, event_id, type, actor1_key, actor1_name, actor1_country,"
            " actor1_sector, actor2_key, actor2_name, actor2_country, actor2_sector, date,"
            " loc_name, loc_country, planned FROM mentions ORDER BY doc_id, position")
        cols = [c[0] for c in cur.description]
        mentions: dict[str, list[EventDict]] = defaultdict(list)
        for values in cur.fetchall():
            row = dict(zip(cols, values))
            mentions[row["doc_id"]].append({
                "type": row["type"], "actor1": _actor(row, "actor1"), "actor2": _actor(row, "actor2"),
                "date": row["date"], "planned": row["planned"],
                "location": ({"name": row["loc_name"], "country": row["loc_country"]}
                             if row["loc_name"] or row["loc_country"] else None),
                "event_id": row["event_id"]})
        counts = {
            "documents": con.execute("SELECT count(*) FROM documents").fetchone()[0],
            "mentions": con.execute("SELECT count(*) FROM mentions").fetchone()[0],
            "events": con.execute("SELECT count(*) FROM events").fetchone()[0],
            "rejected": con.execute("SELECT count(*) FROM rejects").fetchone()[0],
        }
    finally:
        con.close()
    return dict(mentions), counts


def align(gold: Sequence[EventDict], mentions: Sequence[EventDict],
          match: Callable[[EventDict, EventDict], bool]) -> list[int | None]:
    """Gold event index -> index of its mention (greedy in gold order, first unused match)."""
    used: set[int] = set()
    out: list[int | None] = []
    for g in gold:
        hit = next((i for i, m in enumerate(mentions) if i not in used and match(g, m)), None)
        if hit is not None:
            used.add(hit)
        out.append(hit)
    return out


# ---------------------------------------------------------------------------------------------


def score_documents(docs: Sequence[Mapping[str, Any]], mentions: Mapping[str, Sequence[EventDict]],
                    match: Callable[[EventDict, EventDict], bool]) -> dict[str, Any]:
    """The pairwise figures of gold documents against a store's mentions (pure).

    ``mentions`` maps a document id to its mentions in position order, each a scorer-style
    event with its ``event_id`` (what ``read_store`` gives; tests pass fakes).
    """
    stories = stories_of(docs)
    items: dict[str, list[Item]] = {}
    everything: dict[str, list[Item]] = {}
    gold_events = aligned = identities = 0
    story_mentions: list[EventDict] = []
    for story, sdocs in stories.items():
        ident = gold_identities(sdocs, match)
        identities += len(set(ident.values()))
        items[story] = []
        everything[story] = [(d, g, None) for (d, _), g in sorted(ident.items())]
        for doc in sdocs:
            doc_id = str(doc["id"])
            gold = doc.get("events") or []
            ments = mentions.get(doc_id, [])
            story_mentions.extend(ments)
            gold_events += len(gold)
            for i, hit in enumerate(align(gold, ments, match)):
                if hit is not None:
                    aligned += 1
                    items[story].append((doc_id, ident[(doc_id, i)], ments[hit]["event_id"]))
    result: dict[str, Any] = {
        "documents": len(docs), "stories": len(stories),
        "story_documents": sum(len(d) for d in stories.values()),
        "gold_events": gold_events, "gold_identities": identities, "aligned_events": aligned}
    result.update(pairwise(items))
    # for context: the same-event pairs of the gold, aligned or not
    result["gold_positive_all_events"] = pairwise(everything)["gold_positive"]
    result["story_mentions"] = len(story_mentions)
    result["story_system_events"] = len({m["event_id"] for m in story_mentions})
    return result


def evaluate(gold_path: Path, db: Path | None = None) -> dict[str, Any]:
    """Ingest the gold file's documents into a fresh store and score its event ids."""
    match = load_event_match()
    docs = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="eval_dedup-") as tmp:
        store = db if db is not None else Path(tmp) / "store.duckdb"
        ingest(docs, store, Path(tmp))
        mentions, counts = read_store(store)
    result = {"gold": str(gold_path)}
    result.update(score_documents(docs, mentions, match))
    result.update({"store_documents": counts["documents"], "store_rejected": counts["rejected"],
                   "store_mentions": counts["mentions"], "store_events": counts["events"]})
    return result


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, help="gold JSONL with `cluster` labels (corpus/*.jsonl)")
    ap.add_argument("--db", type=Path, help="build the store here and keep it (must not exist)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        ap.error(f"{args.gold}: no such file")
    if args.db is not None and (args.db.exists() or Path(f"{args.db}.work").exists()):
        ap.error(f"{args.db} exists: the store must be fresh, give a new path")
    if args.db is not None:
        args.db = args.db.resolve()
        args.db.parent.mkdir(parents=True, exist_ok=True)
    r = evaluate(args.gold, args.db)
    if args.json:
        out = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(f"gold file            {r['gold']}  ({r['documents']} documents)")
    print(f"multi-report stories {r['stories']}  ({r['story_documents']} documents, "
          f"{r['gold_events']} gold events, {r['gold_identities']} gold identities)")
    print(f"aligned gold events  {r['aligned_events']} / {r['gold_events']}")
    print(f"pairs                {r['pairs']}  (gold-positive {r['gold_positive']} of the gold's "
          f"{r['gold_positive_all_events']}, system-positive {r['system_positive']}, "
          f"both {r['true_positive']})")
    print(f"pairwise precision   {_fmt(r['precision'])}   (goal >= 0.90)")
    print(f"pairwise recall      {_fmt(r['recall'])}   (goal >= 0.80)")
    print(f"pairwise F1          {_fmt(r['f1'])}")
    print(f"store                {r['store_documents']} documents stored, {r['store_rejected']} rejected, "
          f"{r['store_mentions']} mentions -> {r['store_events']} events; "
          f"story documents: {r['story_mentions']} mentions -> {r['story_system_events']} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
