#!/usr/bin/env python3
"""Romanized twins of a gold file: its Hindi documents retyped in Latin letters (issue 9).

Each Hindi document is retyped the way people type Hindi on a Latin keyboard: every Devanagari
word becomes one of its Latin spellings (``romanized.romanize``: schwa deletion, mein/me for
में, ...) and each document gets one speller, a writer with some of the habits of
``resources/romanized_spellers.tsv`` (hai -> he, v -> w, ph -> f, ...) and perhaps long
vowels doubled (mulaakaat)
and a way of capitalising (none, or sentence starts and names); known names (actors.tsv,
places.tsv) are mostly typed in their English spelling. English words, digits and
punctuation are kept as they are; the danda becomes a full stop. Gold events stay the same.
English documents are left out (or kept unchanged with ``--all``). Deterministic for a seed.

    python bench/romanize_twins.py ../shared/eval/dev.jsonl                 # F1: originals vs twins
    python bench/romanize_twins.py corpus/dev.jsonl --show 2                # print a few twins
    python bench/romanize_twins.py GOLD.jsonl --write bench/out/twins.jsonl # keep the twins

Twins are never written into the repository's tracked files; ``bench/out/`` is git-ignored.
Target (issue 9): the twins within 0.10 F1 of their Devanagari originals.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghatna.pipeline.latin_spelling import (  # noqa: E402
    apply_speller_rule,
    romanize,
    speller_rules,
)

DEVA_WORD = re.compile("[\u0900-\u0963\u0970-\u097F]+")
DANDA = re.compile("[\u0964\u0965]")
#: Share of the speller habits each writer has, and how often a writer uses a habit they have.
HABIT_SHARE = 0.35
HABIT_USE = 0.6
#: How often a known name is typed in its English spelling rather than letter by letter.
LATIN_NAME_SHARE = 0.8


@dataclasses.dataclass(frozen=True)
class Speller:
    """One writer: the habits they have and whether they capitalise."""

    rules: tuple[tuple[str, str, str], ...]
    capitalise: bool
    long_vowels: bool

    @classmethod
    def draw(cls, rng: random.Random) -> Speller:
        habits = tuple(r for r in speller_rules() if rng.random() < HABIT_SHARE)
        return cls(habits, capitalise=rng.random() < 0.5, long_vowels=rng.random() < 0.3)

    def spell(self, word: str, rng: random.Random) -> str:
        forms = sorted(romanize(word, long_vowels=self.long_vowels))
        if not forms:
            return word
        latin = rng.choice(forms)
        for rule in self.rules:
            if rng.random() < HABIT_USE:  # nobody types a habit every time
                latin = apply_speller_rule(latin, rule)
        return latin


@dataclasses.dataclass(frozen=True)
class LatinNames:
    """Known names written in Devanagari (actors.tsv, places.tsv) and their English spelling:
    Hinglish writers mostly type "Donald Trump", not "donald tramp"."""

    pattern: re.Pattern[str]
    latin: dict[str, str]

    @classmethod
    def load(cls) -> LatinNames:
        from ghatna.resources import load_table, split_multi

        latin: dict[str, str] = {}
        for name in ("actors.tsv", "places.tsv"):
            for row in load_table(name):
                if row["kind"] not in ("person", "city", "state", "district"):
                    continue  # Bharat, Amreeka, Sena: countries and bodies have Hindi names
                for alias in split_multi(row["aliases"]):
                    if DEVA_WORD.fullmatch(alias.replace(" ", "")) and len(alias) > 2:
                        latin.setdefault(alias, row["name"])
        alts = "|".join(re.escape(a) for a in sorted(latin, key=lambda a: (-len(a), a)))
        return cls(re.compile(rf"(?<![\u0900-\u097F])(?:{alts})(?![\u0900-\u097F])"), latin)


def retype(text: str, speller: Speller, rng: random.Random, names: frozenset[str],
           latin_names: LatinNames | None = None) -> str:
    """``text`` with every Devanagari word in Latin letters; with ``latin_names``, a known name
    is typed in its English spelling :data:`LATIN_NAME_SHARE` of the time."""
    if latin_names is None:
        return _retype_words(text, speller, rng, names)
    out: list[str] = []
    pos = 0
    for match in latin_names.pattern.finditer(text):
        if rng.random() >= LATIN_NAME_SHARE:
            continue
        out.append(_retype_words(text[pos:match.start()], speller, rng, names, pos == 0))
        out.append(latin_names.latin[match.group()])
        pos = match.end()
    out.append(_retype_words(text[pos:], speller, rng, names, pos == 0))
    return "".join(out)


def _retype_words(text: str, speller: Speller, rng: random.Random, names: frozenset[str],
                  starts_sentence: bool = True) -> str:
    text = DANDA.sub(".", text)
    out: list[str] = []
    sentence_start = starts_sentence
    pos = 0
    for match in DEVA_WORD.finditer(text):
        between = text[pos:match.start()]
        out.append(between)
        if re.search(r"[.?!]\s*$", between):
            sentence_start = True
        latin = speller.spell(match.group(), rng)
        if speller.capitalise and (sentence_start or match.group() in names):
            latin = latin[:1].upper() + latin[1:]
        out.append(latin)
        sentence_start = False
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)


def name_words() -> frozenset[str]:
    """Devanagari words of actor and place names (a careful writer capitalises them)."""
    from ghatna.resources import load_table

    words: set[str] = set()
    for name, column in (("actors.tsv", "aliases"), ("places.tsv", "aliases")):
        for row in load_table(name):
            words.update(DEVA_WORD.findall(row[column]))
    grammar = {w for r in load_table("function_words.tsv") for w in DEVA_WORD.findall(r["word"])}
    return frozenset(words - grammar)


def is_hindi(doc: Any) -> bool:
    return str(doc.lang or "").startswith("hi") or len(DEVA_WORD.findall(doc.text)) > 5


def make_twins(gold_docs: list[Any], seed: int, keep_english: bool) -> list[Any]:
    rng = random.Random(seed)
    names, latin_names = name_words(), LatinNames.load()
    twins = []
    for doc in gold_docs:
        if not is_hindi(doc):
            if keep_english:
                twins.append(doc)
            continue
        speller = Speller.draw(rng)
        twins.append(dataclasses.replace(
            doc, text=retype(doc.text, speller, rng, names, latin_names)))
    return twins


def romanized_records(records: Iterable[dict[str, Any]], seed: int
                      ) -> Iterator[dict[str, Any]]:
    """JSONL-like records with their Hindi text retyped in Latin letters, English ones as they
    are (for ``bench_extract.py --romanized``)."""
    rng = random.Random(seed)
    names, latin_names = name_words(), LatinNames.load()
    for record in records:
        text = str(record["text"])
        if len(DEVA_WORD.findall(text)) > 5:
            text = retype(text, Speller.draw(rng), rng, names, latin_names)
        yield {**record, "text": text}


def score(gold_docs: list[Any]) -> tuple[Any, float]:
    from ghatna.commands.eval import predict_all
    from ghatna.evaluate import score as score_events

    t0 = time.perf_counter()
    preds, _ = predict_all(gold_docs)
    return score_events({d.id: d.events for d in gold_docs}, preds), time.perf_counter() - t0


def row(label: str, r: Any) -> str:
    return (f"{label:<12} {r.gold_events:>5} {r.predicted_events:>5} {r.matched:>5}  "
            f"{r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}  {r.date_accuracy:6.3f} "
            f"{r.location_accuracy:6.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--all", action="store_true", help="keep English documents unchanged")
    parser.add_argument("--show", type=int, default=0, help="print the start of N twins")
    parser.add_argument("--write", type=Path, help="write the twins as gold JSONL")
    args = parser.parse_args(argv)
    from ghatna.evaluate import load_gold

    gold_docs = load_gold(args.gold)
    twins = make_twins(gold_docs, args.seed, args.all)
    originals = [d for d in gold_docs if args.all or is_hindi(d)]
    for twin in twins[:args.show]:
        print(f"--- {twin.id}\n{twin.text[:400]}\n")
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        with args.write.open("w", encoding="utf-8") as out:
            for d in twins:
                out.write(json.dumps({"id": d.id, "lang": "hi-Latn", "published": d.published,
                                      "text": d.text, "events": d.events},
                                     ensure_ascii=False) + "\n")
    base, base_s = score(originals)
    twin, twin_s = score(twins)
    print(f"{args.gold}: {len(originals)} documents (seed {args.seed})")
    print(f"{'':<12} {'gold':>5} {'pred':>5} {'match':>5}  {'P':>6} {'R':>6} {'F1':>6}  "
          f"{'date':>6} {'place':>6}")
    print(row("original", base))
    print(row("romanized", twin))
    print(f"F1 difference {twin.f1 - base.f1:+.3f} (target: within 0.10); "
          f"{len(twins) / max(twin_s, 1e-9):.0f} romanized docs/s vs "
          f"{len(originals) / max(base_s, 1e-9):.0f} originals/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
