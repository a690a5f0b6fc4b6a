"""What the tests share: paths (the repository, ../shared beside it) and a stage runner."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_06019d068f654b61.txt"
SEED_GOLD = SHARED / "eval" / "seed.gold.jsonl"
DEV = SHARED / "eval" / "dev.jsonl"


def run_stages(text: str, *stage_names: str, published: str | None = None):
    """Run the default pipeline's stages up to (and including) the last name given."""
    from ghatna.data import Document, parse_published
    from ghatna.pipeline.pipeline import Pipeline, default_pipeline

    stages = default_pipeline().stages
    last = max(i for i, s in enumerate(stages) if s.name in stage_names) if stage_names else len(stages) - 1
    return Pipeline(stages[: last + 1]).run(Document(id="t", raw=text, published=parse_published(published)))


def read_before_coding(text: str, published: str | None = None):
    """The document read by every stage before the coder (sentences, mentions; no events)."""
    from ghatna.pipeline.pipeline import default_pipeline

    names = [s.name for s in default_pipeline().stages]
    return run_stages(text, names[names.index("code") - 1], published=published)


def event_roles(text: str, published: str = "2024-05-01") -> list[tuple[str, str | None, str | None]]:
    """(type, actor1 name, actor2 name) of every event ghatna.extract finds in ``text``."""
    from ghatna.api import extract

    return [(e["type"], (e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name"))
            for e in extract(text, published=published)]


def event_actors(text: str, published: str) -> list[tuple[str, dict | None, dict | None]]:
    """(type, actor1, actor2) of every event ghatna.extract finds in ``text``, actors as dicts."""
    from ghatna.api import extract

    return [(e["type"], e["actor1"], e["actor2"]) for e in extract(text, published=published)]


def who(actor: dict | None) -> tuple[str | None, str | None, str | None]:
    """An actor dict's (name, country, sector); Nones for no actor."""
    return (actor["name"], actor["country"], actor["sector"]) if actor else (None, None, None)


def _spelled(text: str) -> str:
    """``text`` as the cleaner reads it, without white space: entities decoded, clusters
    composed, characters folded (a found mention's text is its words joined by spaces)."""
    import html
    import unicodedata

    from ghatna.resources import CHAR_TABLE

    composed = unicodedata.normalize("NFC", html.unescape(text)).translate(CHAR_TABLE)
    return "".join(composed.split())


def span_mismatches(raw: str, events: list[dict]) -> list[str]:
    """Every span of the event records (actors, place, trigger, sentence) whose stretch of
    ``raw`` is not what the record says is there, allowing only the cleaner's own folds."""
    found: list[str] = []
    for event in events:
        claims = [(key, event[key]["text"], event[key].get("span"))
                  for key in ("actor1", "actor2", "location") if event.get(key)]
        claims += [("trigger", event["trigger"], event["span"]),
                   ("sentence", event["sentence"], event["sentence_span"])]
        for key, text, span in claims:
            if span is not None and _spelled(raw[span[0]:span[1]]) != _spelled(text):
                found.append(f"{event['type']} {key} {text!r} at {span}: {raw[span[0]:span[1]]!r}")
    return found


def docs_line(text: str, published: str = "2024-05-10") -> dict:
    """The docs output (``--format docs``, what score.py reads) of one document."""
    import json

    from ghatna.data import Document, parse_published
    from ghatna.pipeline.pipeline import default_pipeline
    from ghatna.writers import document_line

    doc = Document(id="d", raw=text, published=parse_published(published))
    return json.loads(document_line(doc, default_pipeline().extract(doc)))


def scored_counts(texts: list[str], published: str = "2024-05-10") -> tuple[list[int], int]:
    """What ``ghatna eval`` scores for each text (as a document with no gold events): the
    number of its predicted events, and the scorer's count of predicted events."""
    from ghatna.commands.eval import predict_all
    from ghatna.evaluate import GoldDocument, score

    gold = [GoldDocument(id=str(k), text=text, published=published, events=[])
            for k, text in enumerate(texts)]
    predictions, failures = predict_all(gold)
    assert failures == 0
    counts = [len(predictions[str(k)]) for k in range(len(texts))]
    return counts, score({d.id: d.events for d in gold}, predictions).predicted_events


def record_trial_models(monkeypatch: Any, trainer: Any) -> dict[str, Any]:
    """Make ``trainer.consulted`` (training/train_roles.py) record the role model each trial
    setting would consult instead of installing it; the returned dict is that model."""
    current: dict[str, Any] = {}

    @contextmanager
    def consulted(model: dict[str, Any]) -> Iterator[None]:
        current.update(model)
        yield

    monkeypatch.setattr(trainer, "consulted", consulted)
    return current
