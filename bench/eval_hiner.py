#!/usr/bin/env python3
"""Hindi entity mentions against HiNER: precision, recall and F1 per PERSON, LOCATION, ORGANIZATION.

Data: ``../shared/external/hiner/validation.collapsed.conll`` (CC BY-SA 4.0; read in place,
never copied), one ``token<TAB>BIO-tag`` per line, a blank line between sentences.

Each sentence's tokens are joined with single spaces into a document that goes through the
pipeline's ``clean -> segment -> langtag -> mentions`` stages. Every mention is mapped back to
the raw text (``Document.to_raw``) and from there to the HiNER tokens it overlaps, giving a
predicted BIO sequence. Labels:

* ``place`` mentions and country actors -> LOCATION
* actors of kind ``person`` -> PERSON, of kind ``org`` -> ORGANIZATION
* generic groups ("पुलिस", "किसान") are not named entities and are ignored, unless
  ``--groups-as-org`` is given; titles, pronouns, adjectives and dates are ignored.

Scores: **exact** (a predicted span counts when a gold span has the same label, first and last
token) and **lenient** (precision: a predicted span overlapping a gold span of the same label;
recall: a gold span overlapped by a predicted span of the same label). Per-label and micro
average. With ``--errors``, missed and spurious spans are written to ``bench/out/``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tagged import read_tagged_sentences

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "external" / "hiner" / "validation.collapsed.conll"
OUT_DIR = ROOT / "bench" / "out"
LABELS = ("PERSON", "LOCATION", "ORGANIZATION")


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens ``start``..``end`` (exclusive) of sentence ``sent`` carry entity ``label``."""

    sent: int
    start: int
    end: int
    label: str

    def overlaps(self, other: Span) -> bool:
        return (self.sent == other.sent and self.label == other.label
                and self.start < other.end and other.start < self.end)


def read_conll(path: Path, limit: int | None = None) -> Iterator[tuple[list[str], list[str]]]:
    """``(tokens, BIO tags)`` per sentence; an untagged token is ``O``."""
    return read_tagged_sentences(path, limit, empty_tag="O")


def bio_spans(sent: int, tags: list[str]) -> list[Span]:
    """Entity spans of a BIO sequence (an I- without a matching B- opens a span)."""
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label
        if label and not continues:
            spans.append(Span(sent, start, i, label))
            label = ""
        if prefix in ("B", "I") and not continues:
            start, label = i, kind
    return [s for s in spans if s.label in LABELS]


def token_offsets(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence text (tokens joined by spaces) and each token's character range."""
    offsets: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), offsets


def mention_label(mention: object, groups_as_org: bool) -> str | None:
    """HiNER label of a pipeline mention, or None when it is not a named entity."""
    kind = getattr(mention, "kind", "")
    actor = getattr(mention, "actor", None)
    if kind == "place" or kind == "country":
        return "LOCATION"
    if kind in ("actor", "group") and actor is not None:
        if actor.kind == "person":
            return "PERSON"
        if actor.kind == "org":
            return "ORGANIZATION"
        if actor.kind == "country":
            return "LOCATION"
        if actor.kind == "group" and groups_as_org:
            return "ORGANIZATION"
    return None


class MentionFinder:
    """Runs the pipeline up to the mentions stage on one sentence at a time."""

    def __init__(self) -> None:
        from ghatna.pipeline.clean import Clean
        from ghatna.pipeline.langtag import LangTag
        from ghatna.pipeline.mentions import Mentions
        from ghatna.pipeline.pipeline import Pipeline
        from ghatna.pipeline.segment import Segment

        self.pipeline = Pipeline([Clean(), Segment(), LangTag(), Mentions()])

    def raw_mentions(self, text: str) -> list[tuple[int, int, object]]:
        """``(raw start, raw end, mention)`` for every mention of every sentence."""
        from ghatna.data import Document

        doc = self.pipeline.run(Document(id="hiner", raw=text))
        found: list[tuple[int, int, object]] = []
        for sentence_mentions in doc.mentions:
            for mention in sentence_mentions:
                if mention.attrs.from_adjective:
                    continue  # "भारतीय" stands for India, but it is not a place name
                # a qualifier folded into a title or group ("भारत के प्रधानमंत्री") is still a
                # mention of its own; a person's span without the title is the name
                for qualifier in mention.attrs.qualifiers:
                    start, end = doc.to_raw((qualifier.start, qualifier.end))
                    found.append((start, end, qualifier))
                span = (mention.start, mention.end)
                actor = mention.actor
                if actor is not None and actor.span is not None and mention.kind == "actor":
                    span = actor.span
                start, end = doc.to_raw(span)
                found.append((start, end, mention))
        return found


def predicted_tags(offsets: list[tuple[int, int]], mentions: list[tuple[int, int, object]],
                   groups_as_org: bool) -> list[str]:
    """Token-level BIO tags from character-span mentions (longer mentions win overlaps)."""
    tags = ["O"] * len(offsets)
    for start, end, mention in sorted(mentions, key=lambda m: m[0] - m[1]):
        label = mention_label(mention, groups_as_org)
        if label is None:
            continue
        covered = [i for i, (a, b) in enumerate(offsets) if a < end and start < b]
        if not covered or any(tags[i] != "O" for i in covered):
            continue
        for k, i in enumerate(covered):
            tags[i] = ("B-" if k == 0 else "I-") + label
    return tags


@dataclass(slots=True)
class Tally:
    """Counts for one label (or all): exact and lenient."""

    gold: int = 0
    pred: int = 0
    exact: int = 0
    lenient_p: int = 0  # predicted spans overlapping some gold span
    lenient_r: int = 0  # gold spans overlapped by some predicted span

    def figures(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        ep, er = _ratio(self.exact, self.pred), _ratio(self.exact, self.gold)
        lp, lr = _ratio(self.lenient_p, self.pred), _ratio(self.lenient_r, self.gold)
        return {"gold": self.gold, "pred": self.pred,
                "exact_p": ep, "exact_r": er, "exact_f1": f1(ep, er),
                "lenient_p": lp, "lenient_r": lr, "lenient_f1": f1(lp, lr)}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def tally_sentence(gold: list[Span], pred: list[Span], tallies: dict[str, Tally]) -> None:
    """Add one sentence's spans to the per-label tallies."""
    gold_set = set(gold)
    for span in gold:
        t = tallies[span.label]
        t.gold += 1
        t.lenient_r += any(span.overlaps(p) for p in pred)
    for span in pred:
        t = tallies[span.label]
        t.pred += 1
        t.exact += span in gold_set
        t.lenient_p += any(span.overlaps(g) for g in gold)


def print_table(rows: dict[str, dict[str, float]]) -> None:
    print(f"{'label':13} {'gold':>6} {'pred':>6}   {'exact P':>7} {'R':>5} {'F1':>5}"
          f"   {'lenient P':>9} {'R':>5} {'F1':>5}")
    for label, f in rows.items():
        print(f"{label:13} {f['gold']:6} {f['pred']:6}   {f['exact_p']:7.3f} {f['exact_r']:5.3f}"
              f" {f['exact_f1']:5.3f}   {f['lenient_p']:9.3f} {f['lenient_r']:5.3f}"
              f" {f['lenient_f1']:5.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="HiNER CoNLL file")
    parser.add_argument("--limit", type=int, default=None, help="first N sentences only")
    parser.add_argument("--groups-as-org", action="store_true",
                        help="count generic group mentions as ORGANIZATION")
    parser.add_argument("--errors", action="store_true",
                        help="write missed/spurious spans to bench/out/hiner_errors.tsv")
    args = parser.parse_args(argv)

    finder = MentionFinder()
    tallies = {label: Tally() for label in LABELS}
    errors: list[str] = []
    sentences = 0
    started = time.perf_counter()
    for sent, (tokens, tags) in enumerate(read_conll(args.data, args.limit)):
        text, offsets = token_offsets(tokens)
        mentions = finder.raw_mentions(text)
        gold = bio_spans(sent, tags)
        pred = bio_spans(sent, predicted_tags(offsets, mentions, args.groups_as_org))
        tally_sentence(gold, pred, tallies)
        sentences += 1
        if args.errors:
            errors.extend(_error_lines(sent, tokens, gold, pred))
    elapsed = time.perf_counter() - started

    total = Tally()
    for t in tallies.values():
        for name in ("gold", "pred", "exact", "lenient_p", "lenient_r"):
            setattr(total, name, getattr(total, name) + getattr(t, name))
    rows = {label: t.figures() for label, t in tallies.items()}
    rows["micro"] = total.figures()
    print(f"HiNER validation: {sentences:,} sentences in {elapsed:.1f} s "
          f"({sentences / elapsed:.0f} sentences/s)")
    print_table(rows)
    if args.errors:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        path = OUT_DIR / "hiner_errors.tsv"
        path.write_text("kind\tsentence\tlabel\ttext\n" + "\n".join(errors) + "\n",
                        encoding="utf-8")
        kinds = Counter(line.split("\t", 1)[0] for line in errors)
        print(f"errors: {dict(kinds)} -> {path}")
    print(json.dumps({"sentences": sentences, "seconds": round(elapsed, 2),
                      **{k: {m: round(v, 4) for m, v in f.items()} for k, f in rows.items()}}))
    return 0


def _error_lines(sent: int, tokens: list[str], gold: list[Span], pred: list[Span]) -> list[str]:
    gold_set, pred_set = set(gold), set(pred)
    lines = [f"missed\t{sent}\t{s.label}\t{' '.join(tokens[s.start:s.end])}"
             for s in gold if s not in pred_set]
    lines += [f"spurious\t{sent}\t{s.label}\t{' '.join(tokens[s.start:s.end])}"
              for s in pred if s not in gold_set]
    return lines


if __name__ == "__main__":
    sys.exit(main())
