#!/usr/bin/env python3
"""Count the most frequent words of the project's own news corpus, per script.

Writes ``tests/data/common_words_hi.txt`` (Devanagari words) and
``tests/data/common_words_en.txt`` (Latin words), up to ``--top`` (5,000) words each, most
frequent first, for ``tests/test_common_words.py``: no common word may be a place or a
named actor in the gazetteer unless it is listed in ``tests/data/common_word_names.tsv``.

Texts counted: ``corpus/train.jsonl``, ``corpus/dev.jsonl`` and
``examples/sample_corpus.jsonl`` (never ``corpus/test.jsonl``). Tokens are found as the
segment stage finds them (``WORD_RE``) and normalised as the pipeline normalises them
(``ghatna.resources.normalize``: nukta dropped, chandrabindu -> anusvara, Latin lower-cased).
A token with a Devanagari letter is Hindi, one with a Latin letter and no Devanagari is
English; digits and punctuation are not words. Ties are broken alphabetically.

Usage::

    python tools/common_words.py            # write the two lists
    python tools/common_words.py --hits     # also print the words the gazetteer resolves
                                            # to a place / country / actor
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghatna.resources import WORD_RE, is_devanagari, normalize  # noqa: E402

SOURCES = ["corpus/train.jsonl", "corpus/dev.jsonl", "examples/sample_corpus.jsonl"]
OUT = {"hi": ROOT / "tests" / "data" / "common_words_hi.txt",
       "en": ROOT / "tests" / "data" / "common_words_en.txt"}
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
HIT_KINDS = ("place", "country", "actor")


def count(sources: list[str]) -> tuple[dict[str, Counter[str]], int]:
    counts: dict[str, Counter[str]] = {"hi": Counter(), "en": Counter()}
    docs = 0
    for name in sources:
        with (ROOT / name).open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                docs += 1
                text = json.loads(line).get("text") or ""
                for tok in WORD_RE.findall(normalize(text)):
                    if is_devanagari(tok):
                        counts["hi"][tok] += 1
                    elif LATIN.search(tok):
                        counts["en"][tok] += 1
    return counts, docs


def top(counter: Counter[str], n: int) -> list[str]:
    return [w for w, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def resolve(word: str):
    """The first gazetteer entry a one-token text ``word`` gets, as ``match_gazetteer`` and
    ``compose`` take it (case-exact entries like ``US`` only match as written)."""
    from ghatna.pipeline.gazetteer import knowledge_base
    entries = [e for e in knowledge_base().lookup(word) if e.exact is None or e.exact == word]
    return entries[0] if entries else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=5000)
    ap.add_argument("--hits", action="store_true")
    args = ap.parse_args(argv)
    counts, docs = count(SOURCES)
    for lang, path in OUT.items():
        words = top(counts[lang], args.top)
        script = "Devanagari" if lang == "hi" else "Latin"
        with path.open("w", encoding="utf-8") as fh:
            fh.write(f"# The {len(words)} most frequent {script} words ({lang}) of "
                     f"{', '.join(SOURCES)}\n"
                     f"# ({docs} documents; {len(counts[lang])} distinct {lang} words), "
                     f"most frequent first.\n"
                     "# Made by tools/common_words.py: WORD_RE tokens, normalised with "
                     "ghatna.resources.normalize. Do not edit; re-run the tool.\n")
            fh.write("".join(w + "\n" for w in words))
        print(f"{path.relative_to(ROOT)}: {len(words)} of {len(counts[lang])} distinct words",
              file=sys.stderr)
        if args.hits:
            for rank, w in enumerate(words, 1):
                e = resolve(w)
                if e is not None and e.kind in HIT_KINDS:
                    what = e.place.id if e.place else e.actor.id
                    print(f"{lang}\t{rank}\t{counts[lang][w]}\t{w}\t{e.kind}\t{what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
