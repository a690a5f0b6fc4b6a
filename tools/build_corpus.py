"""Build the annotated real-news corpus from its annotation passes, and split it by story.

    python tools/build_corpus.py            # corpus/annotations/* -> corpus/{train,dev,test}.jsonl

For each batch in corpus/annotations/ (BATCH.docs.jsonl, BATCH.passA.jsonl,
BATCH.passB.jsonl, BATCH.resolved.jsonl) the gold events of a document are the events both
passes agree on completely (same type and actors by the shared scorer's rules, same date,
place and planned flag; pass A's wording kept) plus the adjudicator's decisions on every
disagreement (BATCH.resolved.jsonl). Documents keep their metadata (lang, url, outlet,
published, topic, cluster).

The split is by story: every report of one story (documents sharing a ``cluster`` label; any
other document is a story of its own) falls in one split, chosen by a hash of the story id:
60 % train, 20 % dev, 20 % test. The hash makes the split fixed: adding documents never moves
an old one to another split.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from corpus_agreement import load, pairs, same_fields  # noqa: E402

ANNOTATIONS = ROOT / "corpus" / "annotations"
SPLITS = (("train", 60), ("dev", 20), ("test", 20))
EVENT_FIELDS = ("type", "actor1", "actor2", "date", "location", "planned", "evidence")


def split_of(story: str) -> str:
    bucket = int(hashlib.sha256(story.encode("utf-8")).hexdigest(), 16) % 100
    for name, share in SPLITS:
        if bucket < share:
            return name
        bucket -= share
    raise AssertionError("shares add up to 100")


def gold_events(a_events: list[dict], b_events: list[dict], resolved: list[dict] | None) -> list:
    matched, only_a, only_b = pairs(a_events, b_events)
    agreed = [ea for ea, eb in matched if not same_fields(ea, eb)]
    disagreed = len(matched) - len(agreed) + len(only_a) + len(only_b)
    if disagreed and resolved is None:
        raise SystemExit("a document with disagreements has no adjudicated line")
    events = agreed + (resolved or [])
    return [{k: e.get(k) for k in EVENT_FIELDS} for e in events]


def build_batch(prefix: Path) -> list[dict]:
    a = load(Path(f"{prefix}.passA.jsonl"))
    b = load(Path(f"{prefix}.passB.jsonl"))
    resolved = load(Path(f"{prefix}.resolved.jsonl"))
    docs = []
    with open(f"{prefix}.docs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            doc["events"] = gold_events(a[doc["id"]], b[doc["id"]], resolved.get(doc["id"]))
            docs.append(doc)
    return docs


def main() -> None:
    batches = sorted(p.name.removesuffix(".docs.jsonl") for p in ANNOTATIONS.glob("*.docs.jsonl"))
    out: dict[str, list[dict]] = {name: [] for name, _ in SPLITS}
    for batch in batches:
        for doc in build_batch(ANNOTATIONS / batch):
            out[split_of(doc.get("cluster") or doc["id"])].append(doc)
    for name, docs in out.items():
        with open(ROOT / "corpus" / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for doc in docs:
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        n_events = sum(len(d["events"]) for d in docs)
        print(f"{name}: {len(docs)} documents, {n_events} events")


if __name__ == "__main__":
    main()
