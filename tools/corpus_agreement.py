"""Inter-annotator agreement between two independent annotation passes, and the worksheet an
adjudicator works from.

    python tools/corpus_agreement.py corpus/work/c1 [corpus/work/c2 ...] [--worksheet]

For each batch prefix P it reads P.docs.jsonl, P.passA.jsonl and P.passB.jsonl, scores pass B
against pass A with the shared scorer's matching rules (so agreement is the F1 one annotator
gets against the other) and prints event F1 overall and by type, plus date/place/planned
agreement over matched events. With --worksheet it writes P.worksheet.jsonl: per document the
events both passes agree on completely, and every disagreement (an event only one pass has,
or a matched pair whose date, place or planned flag differ) for the adjudicator to decide.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


def _scorer():
    sys.path.insert(0, str(SHARED))
    import score  # the shared scorer: its matching rules are the measure

    return score


def load(path: Path) -> dict[str, list[dict]]:
    return {d["id"]: d.get("events") or [] for d in map(json.loads, path.open(encoding="utf-8"))}


def pairs(a_events: list[dict], b_events: list[dict]) -> tuple[list, list, list]:
    """(matched (a, b) pairs, only-A events, only-B events), greedy like the scorer."""
    score = _scorer()
    used: set[int] = set()
    matched, only_a = [], []
    for a in a_events:
        hit = next((i for i, b in enumerate(b_events) if i not in used and score.event_match(a, b)),
                   None)
        if hit is None:
            only_a.append(a)
        else:
            used.add(hit)
            matched.append((a, b_events[hit]))
    only_b = [b for i, b in enumerate(b_events) if i not in used]
    return matched, only_a, only_b


def same_fields(a: dict, b: dict) -> list[str]:
    score = _scorer()
    issues = []
    if not (score.date_ok(a, b) and score.date_ok(b, a)):
        issues.append("date")
    if not (score.loc_ok(a, b) and score.loc_ok(b, a)):
        issues.append("location")
    if bool(a.get("planned")) != bool(b.get("planned")):
        issues.append("planned")
    return issues


def agreement(prefixes: list[str], worksheet: bool) -> dict:
    score = _scorer()
    gold: dict[str, list] = {}
    pred: dict[str, list] = {}
    fields = Counter()
    for prefix in prefixes:
        a, b = load(Path(prefix + ".passA.jsonl")), load(Path(prefix + ".passB.jsonl"))
        gold.update(a)
        pred.update(b)
        rows = []
        with open(prefix + ".docs.jsonl", encoding="utf-8") as fh:
            docs = {d["id"]: d for d in map(json.loads, fh)}
        for doc_id in a:
            matched, only_a, only_b = pairs(a[doc_id], b.get(doc_id, []))
            agreed, conflicts = [], []
            for ea, eb in matched:
                issues = same_fields(ea, eb)
                fields.update(["matched"] + issues)
                if issues:
                    conflicts.append({"issue": "fields differ: " + ", ".join(issues), "A": ea, "B": eb})
                else:
                    agreed.append(ea)
            conflicts += [{"issue": "only in A", "A": e, "B": None} for e in only_a]
            conflicts += [{"issue": "only in B", "A": None, "B": e} for e in only_b]
            rows.append({"id": doc_id, "published": docs[doc_id].get("published"),
                         "text": docs[doc_id]["text"], "agreed": agreed, "conflicts": conflicts})
        if worksheet:
            with open(prefix + ".worksheet.jsonl", "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    result, _ = score.score(gold, pred)
    n = fields["matched"] or 1
    result["field_agreement"] = {k: round(1 - fields[k] / n, 3) for k in ("date", "location", "planned")}
    by_type = {}
    for etype in sorted({e["type"] for evs in list(gold.values()) + list(pred.values()) for e in evs}):
        g = {k: [e for e in v if e["type"] == etype] for k, v in gold.items()}
        p = {k: [e for e in v if e["type"] == etype] for k, v in pred.items()}
        r, _ = score.score(g, p)
        by_type[etype] = {"A": r["gold_events"], "B": r["predicted_events"], "f1": r["f1"]}
    result["by_type"] = by_type
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("prefixes", nargs="+", help="batch prefixes, e.g. corpus/work/c1")
    ap.add_argument("--worksheet", action="store_true", help="write PREFIX.worksheet.jsonl")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result = agreement(args.prefixes, args.worksheet)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"events A {result['gold_events']}  B {result['predicted_events']}  matched "
          f"{result['matched']}  F1 {result['f1']}  (P {result['precision']} R {result['recall']})")
    print("field agreement over matched events:", result["field_agreement"])
    for etype, row in result["by_type"].items():
        print(f"  {etype:10} A {row['A']:4} B {row['B']:4} F1 {row['f1']}")


if __name__ == "__main__":
    main()
