"""Learn where an event's unsaid target can be supplied (``learned/model/implicit_targets.json``).

    .venv/bin/python training/train_implicit_targets.py [--train corpus/train.jsonl] [--out PATH]
                                                        [--min-target-share 0.8]

Counts, over the gold events of the corpus train split, how often each PLOVER type has an
actor2 and which sector that actor2 most often is. A type qualifies when at least
``--min-target-share`` of its events have a target (MOBILIZE, say, rarely does: an army
mobilises, against nobody in particular), one sector holds at least ``--min-sector-share`` of
them (the guess is more often right than wrong: a protest's target is usually a government,
an attack's is not usually anyone in particular) and it has at least ``--min-events`` events.
The thresholds are round priors, not tuned values. Deterministic: same data, same file.

The same counts per (type, agent sector) give ``by_agent`` entries, which the coder prefers
when the agent's sector has one: an army's attack is nearly always on the other side's army
(``side`` "other": the other country of the story), police accuse the accused of their own
country (``side`` "same"). They need at least ``--min-agent-events`` events, the target share
above and one (sector, side) holding at least ``--min-side-share`` of them.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "ghatna" / "learned" / "model" / "implicit_targets.json"


def gold_events(train: Path) -> Iterator[dict[str, Any]]:
    """The gold events of every document of a JSONL split, in file order."""
    with train.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield from json.loads(line).get("events", [])


def count_targets(train: Path) -> dict[str, Counter[str]]:
    """PLOVER type -> counts of its gold targets' sectors ("" for no target)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for event in gold_events(train):
        target = event.get("actor2")
        counts[event["type"]][(target or {}).get("sector") or ""] += 1
    return counts


def count_agent_targets(train: Path) -> dict[str, Counter[str]]:
    """"TYPE|agent sector" -> counts of "target sector|same/other country" ("" for none)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for event in gold_events(train):
        agent, target = event.get("actor1") or {}, event.get("actor2")
        if not agent.get("sector"):
            continue
        key = f"{event['type']}|{agent['sector']}"
        if target is None or not target.get("sector"):
            counts[key][""] += 1
            continue
        same = bool(agent.get("country")) and agent.get("country") == target.get("country")
        counts[key][f"{target['sector']}|{'same' if same else 'other'}"] += 1
    return counts


def usual_target(kinds: Counter[str], min_share: float, min_events: int,
                 min_kind_share: float) -> tuple[str, int, int] | None:
    """(the most frequent target kind, its count, all events) of one key's counts, when the
    key has ``min_events`` events, a target in ``min_share`` of them and that kind in
    ``min_kind_share`` of them; else None."""
    total = sum(kinds.values())
    named = Counter({k: n for k, n in kinds.items() if k})
    if total < min_events or not named or (total - kinds[""]) / total < min_share:
        return None
    # ties broken by the kind's name so that the file never depends on reading order
    kind, n = min(named.items(), key=lambda item: (-item[1], item[0]))
    return (kind, n, total) if n / total >= min_kind_share else None


def build_agent_entries(counts: dict[str, Counter[str]], min_share: float,
                        min_side_share: float, min_events: int) -> dict[str, Any]:
    entries: dict[str, Any] = {}
    for key in sorted(counts):
        found = usual_target(counts[key], min_share, min_events, min_side_share)
        if found is None:
            continue
        kind, n, total = found
        sector, side = kind.split("|")
        entries[key] = {"sector": sector, "side": side, "share": round(n / total, 3),
                        "events": total}
    return entries


def build_model(counts: dict[str, Counter[str]], min_share: float, min_sector_share: float,
                min_events: int) -> dict[str, Any]:
    types: dict[str, Any] = {}
    for etype in sorted(counts):
        found = usual_target(counts[etype], min_share, min_events, min_sector_share)
        if found is None:
            continue
        sector, n, total = found
        with_target = total - counts[etype][""]
        types[etype] = {"sector": sector, "target_share": round(with_target / total, 3),
                        "sector_share": round(n / total, 3), "events": total}
    return {"min_target_share": min_share, "min_sector_share": min_sector_share,
            "min_events": min_events, "types": types}


#: The round priors ``main`` trains with (its option defaults); the staleness test uses them too.
DEFAULTS = {"min_target_share": 0.8, "min_sector_share": 0.5, "min_events": 10,
            "min_agent_events": 5, "min_side_share": 0.6}


def train_model(train: Path, min_target_share: float, min_sector_share: float, min_events: int,
                min_agent_events: int, min_side_share: float) -> dict[str, Any]:
    """The model file's content learned from the gold events of ``train``."""
    model = build_model(count_targets(train), min_target_share, min_sector_share, min_events)
    model["min_agent_events"], model["min_side_share"] = min_agent_events, min_side_share
    model["by_agent"] = build_agent_entries(count_agent_targets(train), min_target_share,
                                            min_side_share, min_agent_events)
    return model


def model_text(model: dict[str, Any]) -> str:
    """The text written to the model file (sorted keys: the same model, the same bytes)."""
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=ROOT / "corpus" / "train.jsonl")
    parser.add_argument("--out", type=Path, default=OUT)
    for name, value in DEFAULTS.items():
        parser.add_argument("--" + name.replace("_", "-"), type=type(value), default=value)
    args = parser.parse_args()
    model = train_model(args.train, **{name: getattr(args, name) for name in DEFAULTS})
    args.out.write_text(model_text(model), encoding="utf-8")
    print(f"{args.out}: implicit targets for {', '.join(model['types']) or 'no type'}; "
          f"by agent sector: {', '.join(model['by_agent']) or 'none'}")


if __name__ == "__main__":
    main()
