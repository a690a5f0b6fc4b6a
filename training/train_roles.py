"""Train the role model (``src/ghatna/learned/model/roles.json``).

    .venv/bin/python training/train_roles.py [--train corpus/train.jsonl] [--dev corpus/dev.jsonl]
                                             [--out PATH]

Examples are the participants of every event the coder considers in the corpus train split
(with the event-type model's add threshold lowered, so that learned events are considered in
more sentences): a participant is labelled agent / target when, resolved as the coder
resolves it, it matches (the scorer's rule) actor1 / actor2 of a gold event of the same type
whose evidence lies in that sentence. Events of a type no gold event of the sentence has are
left out: their roles say nothing. Two logistic regressions (scikit-learn, training only);
where the coder consults the model and its two thresholds are chosen on the dev split by
event F1 among the settings that lower no dev or guard file, nor English PLOVER type accuracy
(``plover_guard.py``), below the reference setting (the model read for learned events at its
most cautious thresholds, where the event-type model proposes events), a near tie by the
train split's F1 out of fold (two folds by story, each coded with the model fitted on the
other). Deterministic: same data, same file.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from plover_guard import PloverGuard  # noqa: E402
from regression_guard import learned_rows  # noqa: E402
from story_folds import story_fold  # noqa: E402

from ghatna import rescache  # noqa: E402
from ghatna.data import Document  # noqa: E402
from ghatna.evaluate import actors_match  # noqa: E402
from ghatna.learned import roles as role_module  # noqa: E402
from ghatna.learned.event_types import event_type_model  # noqa: E402
from ghatna.ontology import symmetric_types  # noqa: E402
from ghatna.pipeline import code, detector  # noqa: E402
from ghatna.pipeline.pipeline import default_pipeline  # noqa: E402

OUT = ROOT / "src" / "ghatna" / "learned" / "model" / "roles.json"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DEV = [p for p in (ROOT / "corpus" / "dev.jsonl", SHARED_EVAL / "dev.jsonl") if p.exists()]
SEED_GOLD = SHARED_EVAL / "seed.gold.jsonl"
# the project's own retellings of the seed in pure Hindi and pure English: same events
SEED_RETOLD = (ROOT / "tests" / "data" / "seed_story_hi.txt",
               ROOT / "tests" / "data" / "seed_story_en.txt")
C = 0.3
MIN_WEIGHT = 0.02
TRAINING_ADD_THRESHOLD = 0.15  # consider learned events in more sentences than at run time
USE_GRID: tuple[tuple[str, ...], ...] = (
    (), ("learned",), ("learned", "fill"), ("learned", "fill", "fill_agent"),
    ("learned", "fill", "fill_nominal"), ("learned", "fill", "fill_nominal", "fill_agent"),
    ("learned", "fill", "fill_agent", "override"))
AGENT_GRID = (0.3, 0.5, 0.7)
FOLDS = 2
# settings whose pooled dev F1 lies this close to the best are a tie (one event of the 261 of
# both dev files moves it by about 0.002): the train split's out-of-fold F1 decides
TIE = 0.002
TARGET_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)

Example = tuple[list[str], int, int]  # features, is agent, is target
Considered = tuple[Any, Any]  # a Predication and its rule roles


def _considered(doc: Document) -> list[Considered]:
    """Every (predication, rule roles) the coder builds events from, in order."""
    seen: list[Considered] = []
    original = code._build_events

    def recording(p: Any, roles: Any) -> Any:
        seen.append((p, roles))
        return original(p, roles)

    code._build_events = recording  # type: ignore[assignment]
    try:
        default_pipeline().run(doc)
    finally:
        code._build_events = original  # type: ignore[assignment]
    return seen


def _actor_dict(actor: Any) -> dict[str, Any] | None:
    return None if actor is None else actor.to_dict()


def _labels(p: Any, roles: Any, gold_events: list[dict[str, Any]]) -> list[Example]:
    etype = p.match.pattern.type
    relevant = [e for e in gold_events if e["type"] == etype]
    if not relevant:
        return []
    candidates, features = code.role_candidates(p, roles)
    place = code._event_place(p)
    fallback = place.country if place else p.state.home_country
    symmetric = etype in symmetric_types()
    out: list[Example] = []
    for mention, feats in zip(candidates, features):
        actor = _actor_dict(code._resolve(mention, p.state, p.kb, p.date, fallback,
                                          as_agent=True))
        if actor is None:
            continue
        firsts = [e["actor1"] for e in relevant] + ([e["actor2"] for e in relevant]
                                                    if symmetric else [])
        seconds = [e["actor2"] for e in relevant] + ([e["actor1"] for e in relevant]
                                                     if symmetric else [])
        is_agent = any(a is not None and actors_match(a, actor) for a in firsts)
        is_target = any(a is not None and actors_match(a, actor) for a in seconds)
        out.append((feats, int(is_agent), int(is_target)))
    return out


def corpus_examples(path: Path) -> list[list[Example]]:
    """The examples of the split, one list per fold (``story_folds.story_fold``)."""
    examples: list[list[Example]] = [[] for _ in range(FOLDS)]
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    for gold in docs:
        doc = Document(id=gold["id"], raw=gold["text"], published=gold.get("published"))
        for p, roles in _considered(doc):
            start, end = doc.to_raw((p.sentence.start, p.sentence.end))
            in_sentence = []
            for event in gold["events"]:
                at = gold["text"].find(event.get("evidence") or "\0")
                if at >= 0 and at < end and start < at + len(event["evidence"]):
                    in_sentence.append(event)
            examples[story_fold(gold, FOLDS)].extend(_labels(p, roles, in_sentence))
    return examples


def fit(examples: list[Example]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _, _ in examples]).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype("int32")
    names = vec.get_feature_names_out()
    model: dict[str, Any] = {"bias": {}, "weights": {}}
    for k, role in enumerate(role_module.ROLES):
        y = [example[k + 1] for example in examples]
        clf = LogisticRegression(C=C, max_iter=2000, solver="liblinear", random_state=0)
        clf.fit(x, y)
        model["bias"][role] = round(float(clf.intercept_[0]), 4)
        model["weights"][role] = {str(n): round(float(w), 3)
                                  for n, w in zip(names, clf.coef_[0]) if abs(w) >= MIN_WEIGHT}
    return model


def dev_f1(devs: list[Path]) -> float:
    """Event F1 over the dev files pooled (every event counts once, whichever file)."""
    from ghatna.commands.eval import predict_all
    from ghatna.evaluate import load_gold, score

    gold_docs = [g for dev in devs for g in load_gold(dev)]
    predictions, _ = predict_all(gold_docs, warn=lambda _msg: None)
    return score({g.id: g.events for g in gold_docs}, predictions).f1


def write(model: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    role_module.role_model.cache_clear()
    rescache.forget()  # the compiled cache must see the new file


def seed_guard(folder: Path) -> list[Path]:
    """The seed's gold, and the same gold over the seed's retellings (a scratch file)."""
    if not SEED_GOLD.exists():
        return []
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    retold = folder / "seed_retold.jsonl"
    with retold.open("w", encoding="utf-8") as fh:
        for path in SEED_RETOLD:
            record = {**gold, "id": path.stem, "text": path.read_text(encoding="utf-8")}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [SEED_GOLD, retold]


def default_guard(model: dict[str, Any], out: Path, proposes: bool) -> list[Path]:
    """The seed guard and the regression rows only a learned event codes, those found with
    the model written at the reference setting."""
    folder = Path(tempfile.mkdtemp())
    write({**model, **settings(proposes)[0]}, out)
    learned = learned_rows(folder)
    rows = 0 if learned is None else len(learned.read_text(encoding="utf-8").splitlines())
    print(f"{rows} regression rows only a learned event codes (a guard)", file=sys.stderr)
    return seed_guard(folder) + ([learned] if learned is not None else [])


def settings(proposes: bool) -> list[dict[str, Any]]:
    """Every setting of the grid, the reference first. Where the event-type model proposes
    events, the role model is what gives them their sides (a learned event has no
    construction for the rules to read), so the reference is the model read for learned
    events at its most cautious thresholds; otherwise it is the model not consulted. The
    other settings follow, the more conservative ones first."""
    grid = [{"use_for": list(use), "agent_threshold": agent, "target_threshold": target}
            for use in USE_GRID
            for agent in (sorted(AGENT_GRID, reverse=True) if use else AGENT_GRID[:1])
            for target in (sorted(TARGET_GRID, reverse=True) if use else TARGET_GRID[:1])]
    reference = {"use_for": ["learned"], "agent_threshold": max(AGENT_GRID),
                 "target_threshold": max(TARGET_GRID)} if proposes else grid[0]
    return [reference] + [s for s in grid if s != reference]


def choose_use(model: dict[str, Any], out: Path, dev: list[Path], guard: list[Path],
               held_out: OutOfFold | None = None, proposes: bool = True,
               plover: PloverGuard | None = None) -> dict[str, Any]:
    """Where to consult the model and its thresholds: the best pooled dev F1 among the
    settings that lower the F1 of no dev file and no guard file (the seed: its 8 events are
    the project's first promise; the regression rows only a learned event codes) below what
    it is with the reference setting (``settings``), nor English PLOVER type accuracy (all
    records, the held-out third: ``plover_guard``) below the reference's. A gain on one dev
    set paid for on another is selection noise: on the first run, the setting with the best
    pooled dev F1 lowered the shared dev set and did not carry over to the locked test split
    (docs/learned.md). Settings within ``TIE`` of the best are decided by ``held_out`` (the
    train split out of fold), then by dev F1, then the earlier, more conservative one;
    without it, by the last two."""
    scores: list[tuple[float, int, dict[str, Any]]] = []
    floors: list[float] | None = None
    for setting in settings(proposes):
        write({**model, **setting}, out)
        each = [dev_f1([path]) for path in dev + guard]
        each += plover.scores() if plover is not None else ()
        floors = each if floors is None else floors
        f1 = dev_f1(dev)
        print(f"  {setting}: dev F1 {f1:.3f}, each {[round(v, 3) for v in each]}",
              file=sys.stderr)
        if all(v >= floor for v, floor in zip(each, floors)):
            scores.append((round(f1, 4), -len(scores), setting))
    best = max(scores)
    tied = [s for s in scores if s[0] >= best[0] - TIE]
    if len(tied) > 1 and held_out is not None:
        best = max(tied, key=lambda s: (held_out.f1(s[2], out), s[0], s[1]))
    return {**model, **best[2]}


class OutOfFold:
    """The train split scored out of fold: each fold's documents coded with the model fitted
    on the other folds' examples, pooled into one F1 (the larger sample that breaks a dev
    tie without the bias of scoring the model on its own training data)."""

    def __init__(self, train: Path, examples: list[list[Example]]) -> None:
        from ghatna.evaluate import load_gold

        records = [json.loads(line) for line in train.read_text(encoding="utf-8").splitlines()
                   if line.strip()]
        folds = {record["id"]: story_fold(record, FOLDS) for record in records}
        gold = load_gold(train)
        self.gold = [[g for g in gold if folds[g.id] == k] for k in range(FOLDS)]
        self.models = [fit([e for j, part in enumerate(examples) if j != k for e in part])
                       for k in range(FOLDS)]

    def f1(self, setting: dict[str, Any], out: Path) -> float:
        from ghatna.commands.eval import predict_all
        from ghatna.evaluate import score

        predictions: dict[str, Any] = {}
        for model, gold in zip(self.models, self.gold):
            write({**model, **setting}, out)
            found, _ = predict_all(gold, warn=lambda _msg: None)
            predictions.update(found)
        f1 = score({g.id: g.events for part in self.gold for g in part}, predictions).f1
        print(f"  tie {setting}: out-of-fold train F1 {f1:.3f}", file=sys.stderr)
        return f1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=ROOT / "corpus" / "train.jsonl")
    ap.add_argument("--dev", type=Path, nargs="+", default=DEV,
                    help="dev gold files, pooled (default: the corpus dev split, the shared dev "
                         "set, where present)")
    ap.add_argument("--guard", type=Path, nargs="*", default=None,
                    help="gold files whose F1 may not drop (default: the seed's gold and its "
                         "pure Hindi and English retellings, and the regression rows only a "
                         "learned event codes)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-plover", action="store_true",
                    help="leave English PLOVER type accuracy out of the guards (plover_guard.py)")
    args = ap.parse_args()
    lowered = replace(event_type_model(), add_threshold=TRAINING_ADD_THRESHOLD)
    runtime_model = detector.event_type_model
    detector.event_type_model = lambda: lowered  # type: ignore[assignment]
    try:
        examples = corpus_examples(args.train)
    finally:
        detector.event_type_model = runtime_model  # type: ignore[assignment]
    pooled = [e for part in examples for e in part]
    agents = sum(e[1] for e in pooled)
    targets = sum(e[2] for e in pooled)
    print(f"{len(pooled)} participants ({agents} agents, {targets} targets)", file=sys.stderr)
    model = fit(pooled)
    proposes = event_type_model().add_threshold <= 1.0
    guard = args.guard if args.guard is not None else default_guard(model, args.out, proposes)
    plover = None if args.no_plover else PloverGuard.load()
    model = choose_use(model, args.out, args.dev, guard, OutOfFold(args.train, examples),
                       proposes, plover)
    write(model, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes): use {model['use_for']}, "
          f"agent {model['agent_threshold']}, target {model['target_threshold']}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
