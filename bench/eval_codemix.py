"""Code-mixed variants of a gold set: does English inside Hindi cost accuracy? (issue 3)

Builds code-mixed variants of every Hindi gold document the way Hindi news sites mix (and the
seed report does): a share of the Hindi words that ``codemix.tsv`` lists — titles, weekdays,
months, institutions, countries, common nouns — is replaced by their English equivalent
(``codemix.tsv`` read in reverse: "मंगलवार" -> "Tuesday", "विदेश मंत्री" -> "Foreign Minister"),
and now and then a single English word (not a phrase, not a plural) is glued to the Hindi
suffix of the word it replaces ("सरकारी" -> "Governmentी", "अधिकारियों" -> "Officialियों"). The gold events stay the same.
English documents are kept as they are. Variants are deterministic for a seed.

It runs the extractor on the originals and on each variant set and prints precision, recall,
F1, date and location accuracy for both and the F1 difference. Target (issue 3): the variants
within 0.03 F1 of the originals.

    python bench/eval_codemix.py                          # ../shared/eval/dev.jsonl, 3 variant sets
    python bench/eval_codemix.py GOLD.jsonl --variants 5 --rate 0.6 --glue 0.2
    python bench/eval_codemix.py --show 3                 # print a few mixed sentences
    python bench/eval_codemix.py --write                  # keep the variants in bench/out/

Variants are never written into the repository; ``--write`` puts them in ``bench/out/``
(git-ignored).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "dev.jsonl"
CODEMIX = ROOT / "src" / "ghatna" / "resources" / "codemix.tsv"

#: Hindi words whose reverse mapping is wrong in most contexts (बंद is "closed" far more often
#: than "bandh").
NOT_REVERSED = frozenset({"बंद"})

#: Hindi suffixes an English stem can carry in mixed writing ("Governmentी", "Officialों").
GLUE_SUFFIXES = ("ियों", "ियां", "ों", "ें", "ी", "ीय")

_DEV = "\u0900-\u097F"
#: A Devanagari letter, sign or digit on the other side of a match means it is inside a word.
_BEFORE = rf"(?<![{_DEV}\w])"
_AFTER = rf"(?![{_DEV}\w])"


def reverse_codemix(path: Path = CODEMIX) -> dict[str, list[str]]:
    """Hindi -> English candidates (file order), from ``codemix.tsv`` read backwards."""
    table: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or cols[0] == "english":
            continue
        english, hindi = cols[0].strip(), cols[1].strip()
        if hindi and english and hindi not in NOT_REVERSED:
            table.setdefault(hindi, [])
            if english not in table[hindi]:
                table[hindi].append(english)
    return table


class Mixer:
    """Replaces Hindi words by English ones, deterministically for a seed."""

    def __init__(self, table: dict[str, list[str]], rate: float = 0.5, glue: float = 0.15):
        self.table = table
        self.rate = rate
        self.glue = glue
        # Longest Hindi phrase first, so "विदेश मंत्री" wins over "मंत्री".
        keys = sorted(table, key=lambda k: (-len(k), k))
        alts = "|".join(re.escape(k) for k in keys)
        suffixes = "|".join(re.escape(s) for s in GLUE_SUFFIXES)
        self.whole = re.compile(rf"{_BEFORE}({alts}){_AFTER}")
        self.glued = re.compile(rf"{_BEFORE}({alts})({suffixes}){_AFTER}")

    def english_for(self, hindi: str, rng: random.Random) -> str:
        """Mostly the first English word listed for it ("Prime Minister"), sometimes another
        ("PM")."""
        options = self.table[hindi]
        if len(options) == 1 or rng.random() < 0.75:
            return options[0]
        return rng.choice(options[1:])

    def mix(self, text: str, seed: int | str) -> tuple[str, int]:
        """The mixed text and the number of replacements."""
        rng = random.Random(f"codemix:{seed}")
        count = 0

        def whole(m: re.Match[str]) -> str:
            nonlocal count
            if rng.random() >= self.rate:
                return m.group(0)
            count += 1
            return self.english_for(m.group(1), rng)

        def glued(m: re.Match[str]) -> str:
            nonlocal count
            if rng.random() >= self.glue:
                return m.group(0)
            # Writers glue a suffix to one English word, not to a phrase or a plural
            # ("Governmentी", "Officialों"; never "Security Forcesों").
            options = [e for e in self.table[m.group(1)]
                       if " " not in e and not e.endswith("s")]
            if not options:
                return m.group(0)
            count += 1
            return options[0] + m.group(2)

        # Glue first (the stem + suffix forms the whole-word pass cannot see), then words.
        text = self.glued.sub(glued, text)
        text = self.whole.sub(whole, text)
        return text, count


def _is_hindi(doc: Any) -> bool:
    if doc.lang:
        return str(doc.lang).startswith("hi")
    return len(re.findall(f"[{_DEV}]", doc.text)) > len(doc.text) / 4


def _score(gold_docs: list[Any]) -> tuple[Any, dict[str, list[dict[str, Any]]], float]:
    from ghatna.commands.eval import predict_all
    from ghatna.evaluate import score

    messages: list[str] = []
    t0 = time.perf_counter()
    preds, failures = predict_all(gold_docs, warn=messages.append)
    seconds = time.perf_counter() - t0
    if failures == len(gold_docs) and gold_docs:
        raise SystemExit(f"eval_codemix: extraction failed on every document, e.g. "
                         f"{messages[0]}")
    if failures:
        print(f"warning: {failures} documents failed extraction (scored as no events), e.g. "
              f"{messages[0]}", file=sys.stderr)
    return score({d.id: d.events for d in gold_docs}, preds), preds, seconds


def _row(label: str, r: Any) -> str:
    return (f"{label:<14} {r.gold_events:>5} {r.predicted_events:>5} {r.matched:>5}  "
            f"{r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}  {r.date_accuracy:6.3f} "
            f"{r.location_accuracy:6.3f}")


def _matched_per_doc(gold_docs: list[Any], preds: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    from ghatna.evaluate import score

    return {d.id: score({d.id: d.events}, {d.id: preds.get(d.id, [])}).matched
            for d in gold_docs}


def main() -> int:  # noqa: C901  (a linear script: options, then one report)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD),
                        help=f"gold JSONL (default {DEFAULT_GOLD})")
    parser.add_argument("--variants", type=int, default=3, help="variant sets (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--rate", type=float, default=0.5,
                        help="share of listed Hindi words replaced (default 0.5)")
    parser.add_argument("--glue", type=float, default=0.15,
                        help="share of stem+suffix words glued as English+suffix (default 0.15)")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="print N mixed sentences of the first variant set")
    parser.add_argument("--write", action="store_true",
                        help="write the variant sets to bench/out/codemix-SEED.jsonl")
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from ghatna.evaluate import load_gold

    gold_docs = load_gold(args.gold)
    hindi = [d for d in gold_docs if _is_hindi(d)]
    hindi_ids = {d.id for d in hindi}
    mixer = Mixer(reverse_codemix(), rate=args.rate, glue=args.glue)
    print(f"gold: {args.gold}: {len(gold_docs)} documents ({len(hindi)} Hindi, mixed in the "
          f"variants), {sum(len(d.events) for d in gold_docs)} events; rate {args.rate}, "
          f"glue {args.glue}, {len(mixer.table)} Hindi entries from {CODEMIX.name}")

    base, base_preds, base_s = _score(gold_docs)
    base_hi, _, _ = _score(hindi)
    base_matched = _matched_per_doc(gold_docs, base_preds)

    header = (f"{'':<14} {'gold':>5} {'pred':>5} {'match':>5}  {'P':>6} {'R':>6} {'F1':>6}  "
              f"{'date':>6} {'loc':>6}")
    print("\nall documents (English ones unchanged)")
    print(header)
    print(_row("original", base))
    results = []
    changed_docs: dict[str, list[str]] = {}
    hindi_rows = []
    for k in range(args.variants):
        seed = args.seed + k
        variant_docs, replaced = [], 0
        for d in gold_docs:
            if d.id in hindi_ids:
                text, n = mixer.mix(d.text, f"{seed}:{d.id}")
                replaced += n
                variant_docs.append(dataclasses.replace(d, text=text))
            else:
                variant_docs.append(d)
        if args.write:
            OUT.mkdir(parents=True, exist_ok=True)
            path = OUT / f"codemix-{seed}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for d in variant_docs:
                    fh.write(json.dumps({"id": d.id, "lang": "hi-en" if d.id in hindi_ids else d.lang,
                                         "published": d.published, "text": d.text,
                                         "events": d.events}, ensure_ascii=False) + "\n")
        if args.show and k == 0:
            shown = 0
            for orig, var in zip(gold_docs, variant_docs):
                if var.text != orig.text and shown < args.show:
                    shown += 1
                    sentence = next((s for s in re.split(r"(?<=[.।])\s+", var.text)
                                     if re.search(r"[A-Za-z]", s)), var.text)
                    print(f"  [{var.id}] {sentence.splitlines()[0][:220]}", file=sys.stderr)
        report, preds, _ = _score(variant_docs)
        hi_report, _, _ = _score([d for d in variant_docs if d.id in hindi_ids])
        results.append((seed, replaced, report))
        hindi_rows.append((seed, hi_report))
        for doc_id, n in _matched_per_doc(gold_docs, preds).items():
            if n != base_matched[doc_id]:
                changed_docs.setdefault(doc_id, []).append(f"seed {seed}: {base_matched[doc_id]}"
                                                           f"->{n} matched")
        print(_row(f"variant s{seed}", report) + f"   ({replaced} words replaced)")
    mean_f1 = sum(r.f1 for _, _, r in results) / len(results) if results else 0.0
    worst_f1 = min((r.f1 for _, _, r in results), default=0.0)

    print("\nHindi documents only")
    print(header)
    print(_row("original", base_hi))
    for seed, r in hindi_rows:
        print(_row(f"variant s{seed}", r))
    mean_hi = sum(r.f1 for _, r in hindi_rows) / len(hindi_rows) if hindi_rows else 0.0

    print(f"\nF1 original {base.f1:.3f}; variants mean {mean_f1:.3f} (worst {worst_f1:.3f}); "
          f"difference {mean_f1 - base.f1:+.3f} (worst {worst_f1 - base.f1:+.3f}); "
          f"Hindi only {base_hi.f1:.3f} -> {mean_hi:.3f} ({mean_hi - base_hi.f1:+.3f}); "
          f"target |difference| <= 0.03: "
          f"{'met' if abs(mean_f1 - base.f1) <= 0.03 else 'NOT met'}")
    if changed_docs:
        print("documents whose matched events changed:")
        for doc_id, notes in sorted(changed_docs.items()):
            print(f"  {doc_id}: {'; '.join(notes)}")
    print(f"({base_s:.1f}s per pass of {len(gold_docs)} documents)")
    if args.json:
        print(json.dumps({
            "gold": str(args.gold), "documents": len(gold_docs), "hindi_documents": len(hindi),
            "rate": args.rate, "glue": args.glue, "f1_original": round(base.f1, 4),
            "f1_variants": [round(r.f1, 4) for _, _, r in results],
            "f1_variants_mean": round(mean_f1, 4),
            "f1_difference": round(mean_f1 - base.f1, 4),
            "f1_worst_difference": round(worst_f1 - base.f1, 4),
            "f1_hindi_original": round(base_hi.f1, 4), "f1_hindi_variants_mean": round(mean_hi, 4),
        }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
