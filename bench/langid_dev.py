#!/usr/bin/env python3
"""Development data for token language identification of romanized Hinglish (issue 9).

Two sets, both the project's own (HingLID's test split is for the final figure only):

- ``real``: ``tests/data/hinglish_lid_dev.tsv``, real Hinglish sentences from public web pages,
  labelled by hand (hi / en / ne / univ);
- ``chat``: ``tests/data/hinglish_chat_dev.tsv``, chat-style Hinglish sentences (greetings,
  cricket, films, politics, chat spellings "u", "plz", "gud") written and labelled for this
  project, same format;
- ``synthetic``: the Hindi documents of a gold file (default ``corpus/dev.jsonl``) retyped the
  way people type Hinglish (:mod:`romanize_twins` spellers plus chat habits: vowels dropped,
  "hai" as "h"), with some Hindi words swapped for their English word (``codemix.tsv``: "sarkar"
  -> "government") and some sentences followed by an English clause of an English document:
  every token's language is known from how it was made;
- ``real2-tune`` and ``real2-heldout``: ``tests/data/hinglish_real_dev2.tsv``, 286 real
  Hinglish sentences of 55 public web pages, labelled twice independently and adjudicated
  (docs/hinglish_lid_guideline.md), split by page: decisions are taken on the tuning half, the
  held-out half only measures them;
- ``en-led``: the other way round, the English sentences of the same gold file with one or
  two runs of 1-4 retyped Hindi words (taken from the ``synthetic`` set) put in at random
  places, as English-led Hinglish writes ("this is so true yaar, unhone sahi kaha").

Scored: ``romanized.tag_latin_tokens`` on the hi and en tokens (names and symbols left out),
accuracy and precision/recall per class, like ``eval_langid.py``; for the real2 halves also
every token under HingLID's mapping (hi -> HI; en, ne, univ -> EN), line "HingLID map".

    python bench/langid_dev.py                 # both sets
    python bench/langid_dev.py --errors 40     # print misread tokens of the dev sets
    python bench/langid_dev.py --learned       # with the learned model (latin_lid.py)
    python bench/langid_dev.py --lower         # every token lower-cased, as chat often is
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from romanize_twins import DEVA_WORD, Speller, name_words  # noqa: E402

REAL = ROOT / "tests" / "data" / "hinglish_lid_dev.tsv"
CHAT = ROOT / "tests" / "data" / "hinglish_chat_dev.tsv"
REAL2 = ROOT / "tests" / "data" / "hinglish_real_dev2.tsv"
#: The half of hinglish_real_dev2.tsv a '# source' line puts its page's sentences in.
_HALF = re.compile(r"^# source .*\[(tune|heldout)\]\s*$")
GOLD = ROOT / "corpus" / "dev.jsonl"
#: Share of Hindi words typed the chat way (inner "a" dropped: "kr", "rha", "krna").
CHAT_SHARE = 0.25
#: Share of Hindi words with an English equivalent in codemix.tsv typed in English.
ENGLISH_SWAP = 0.5
#: Share of sentences followed by an English clause.
ENGLISH_CLAUSE = 0.3
_TOKEN = re.compile("[\u0900-\u0963\u0970-\u097F]+|[A-Za-z']+|[0-9]+|[^\\s]")
_SENTENCE = re.compile(r"(?<=[.?!\u0964])\s+")
_INNER_A = re.compile(r"(?<=[^aeiou])a(?=[^aeiouh]+[aeiou])")

Sentence = tuple[list[str], list[str]]


def read_real(path: Path = REAL, half: str | None = None) -> Iterator[Sentence]:
    """The sentences of a labelled file; with ``half``, only those of the pages whose
    '# source' line names that half (``tune`` or ``heldout``)."""
    tokens: list[str] = []
    tags: list[str] = []
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            match = _HALF.match(line)
            current = match.group(1) if match else current
            continue
        if not line.strip():
            if tokens and half in (None, current):
                yield tokens, tags
            tokens, tags = [], []
            continue
        token, _, tag = line.partition("\t")
        tokens.append(token)
        tags.append(tag.strip())
    if tokens and half in (None, current):
        yield tokens, tags


def chat_spelling(latin: str) -> str:
    """A chat spelling: an inner short "a" between consonants dropped ("karna" -> "krna",
    "raha" -> "rha" is not made: only inner vowels), "hai" -> "h"."""
    if latin == "hai":
        return "h"
    return _INNER_A.sub("", latin, count=1)


def _codemix() -> dict[str, str]:
    from ghatna.resources import load_table

    out: dict[str, str] = {}
    for row in load_table("codemix.tsv"):
        hindi, english = row["hindi"], row["english"]
        if DEVA_WORD.fullmatch(hindi) and english.isalpha() and english.lower() == english:
            out.setdefault(hindi, english)
    return out


def _sentences(gold: Path) -> tuple[list[str], list[str]]:
    hindi: list[str] = []
    english: list[str] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        target = hindi if len(DEVA_WORD.findall(text)) > 5 else english
        target.extend(s for s in _SENTENCE.split(text) if 4 <= len(s.split()) <= 40)
    return hindi, english


def synthetic(gold: Path = GOLD, seed: int = 7) -> Iterator[Sentence]:
    rng = random.Random(seed)
    names, codemix = name_words(), _codemix()
    hindi, english = _sentences(gold)
    for text in hindi:
        speller = Speller.draw(rng)
        tokens: list[str] = []
        tags: list[str] = []
        for tok in _TOKEN.findall(text):
            if DEVA_WORD.fullmatch(tok):
                if tok in codemix and rng.random() < ENGLISH_SWAP:
                    tokens.append(codemix[tok])
                    tags.append("en")
                    continue
                latin = speller.spell(tok, rng)
                if rng.random() < CHAT_SHARE:
                    latin = chat_spelling(latin)
                tokens.append(latin)
                tags.append("ne" if tok in names else "hi")
            else:
                tokens.append(tok)
                tags.append("en" if tok.isalpha() and tok.islower() else "univ")
        if english and rng.random() < ENGLISH_CLAUSE:
            for tok in _TOKEN.findall(rng.choice(english)):
                tokens.append(tok)
                tags.append("en" if tok.isalpha() and tok.islower() else "univ")
        yield tokens, tags


#: Most Hindi runs put into one English sentence (``en-led`` set).
HINDI_RUNS = 2


def _hindi_runs(sentences: list[Sentence]) -> list[list[str]]:
    """The runs of consecutive Hindi words of retyped sentences."""
    runs: list[list[str]] = []
    for tokens, tags in sentences:
        run: list[str] = []
        for tok, tag in [*zip(tokens, tags, strict=True), ("", "")]:
            if tag == "hi":
                run.append(tok)
            elif run:
                runs.append(run)
                run = []
    return runs


def insert_runs(tokens: list[str], tags: list[str], runs: list[list[str]],
                rng: random.Random, count: int, longest: int, tag: str) -> None:
    """Put ``count`` pieces (1 to ``longest`` words) of random ``runs`` into the sentence at
    random places, tagged ``tag``, as writers mix in words of the other language."""
    for _ in range(count):
        run = rng.choice(runs)
        start = rng.randrange(len(run))
        words = run[start:start + rng.randint(1, longest)]
        at = rng.randint(0, len(tokens))
        tokens[at:at] = words
        tags[at:at] = [tag] * len(words)


def english_led(gold: Path = GOLD, seed: int = 7) -> Iterator[Sentence]:
    """English sentences of ``gold`` with Hindi runs of the ``synthetic`` set put in."""
    rng = random.Random(seed)
    runs = _hindi_runs(list(synthetic(gold, seed)))
    _, english = _sentences(gold)
    for text in english:
        tokens = _TOKEN.findall(text)
        tags = ["en" if tok.isalpha() and tok.islower() else "univ" for tok in tokens]
        insert_runs(tokens, tags, runs, rng, rng.randint(1, HINDI_RUNS) if runs else 0,
                    longest=4, tag="hi")
        yield tokens, tags


def score(sentences: list[Sentence], errors: int) -> dict[str, float]:
    from ghatna.pipeline.romanized import tag_latin_tokens

    gold: list[str] = []
    pred: list[str] = []
    missed: Counter[tuple[str, str]] = Counter()
    for tokens, tags in sentences:
        for tok, tag, lang in zip(tokens, tags, tag_latin_tokens(tokens), strict=True):
            if tag in ("hi", "en"):
                gold.append(tag)
                pred.append(lang)
                if lang != tag:
                    missed[(tok.lower(), tag)] += 1
    out = {"tokens": float(len(gold)),
           "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(gold))}
    for cls in ("hi", "en"):
        tp = sum(g == p == cls for g, p in zip(gold, pred, strict=True))
        out[f"{cls}_P"] = tp / max(1, pred.count(cls))
        out[f"{cls}_R"] = tp / max(1, gold.count(cls))
    if errors:
        print("  misread (token, gold): " + ", ".join(
            f"{w}/{t}×{n}" for (w, t), n in missed.most_common(errors)))
    return out


def hinglid_map(sentences: list[Sentence]) -> dict[str, float]:
    """Every token scored as HingLID is (``eval_langid.py``): gold hi -> HI, en/ne/univ -> EN;
    the tagger's hi -> HI, anything else -> EN."""
    from ghatna.pipeline.romanized import tag_latin_tokens

    pairs = [("HI" if tag == "hi" else "EN", "HI" if lang == "hi" else "EN")
             for tokens, tags in sentences
             for tag, lang in zip(tags, tag_latin_tokens(tokens), strict=True)]
    out = {"tokens": float(len(pairs)),
           "accuracy": sum(g == p for g, p in pairs) / max(1, len(pairs))}
    for cls in ("HI", "EN"):
        tp = sum(g == p == cls for g, p in pairs)
        out[f"{cls}_P"] = tp / max(1, sum(p == cls for _, p in pairs))
        out[f"{cls}_R"] = tp / max(1, sum(g == cls for g, _ in pairs))
    return out


def dev_sets(gold: Path, seed: int) -> list[tuple[str, list[Sentence]]]:
    """The named development sets, in print order."""
    return [("real", list(read_real())), ("chat", list(read_real(CHAT))),
            ("real2-tune", list(read_real(REAL2, "tune"))),
            ("real2-heldout", list(read_real(REAL2, "heldout"))),
            ("synthetic", list(synthetic(gold, seed))), ("en-led", list(english_led(gold, seed)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold JSONL for the synthetic set")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--errors", type=int, default=0, help="print the N most misread tokens")
    parser.add_argument("--learned", action="store_true",
                        help="with the learned model (pipeline/latin_lid.py, shipped disabled)")
    parser.add_argument("--lower", action="store_true",
                        help="lower-case every token (no capitals to tell names by)")
    parser.add_argument("--only", nargs="*", help="only these sets (e.g. real2-tune real2-heldout)")
    args = parser.parse_args(argv)
    if args.learned:
        from ghatna.pipeline.latin_lid import set_enabled

        set_enabled(True)
    for name, sentences in dev_sets(args.gold, args.seed):
        if args.only and name not in args.only:
            continue
        if args.lower:
            sentences = [([tok.lower() for tok in tokens], tags) for tokens, tags in sentences]
        r = score(sentences, 0 if name == "real2-heldout" else args.errors)
        print(f"{name:<13} {int(r['tokens']):>6} tokens  accuracy {r['accuracy']:.3f}  "
              f"HI P {r['hi_P']:.3f} R {r['hi_R']:.3f}  EN P {r['en_P']:.3f} R {r['en_R']:.3f}")
        if name.startswith("real2"):
            m = hinglid_map(sentences)
            print(f"{'  HingLID map':<13} {int(m['tokens']):>6} tokens  accuracy "
                  f"{m['accuracy']:.3f}  HI P {m['HI_P']:.3f} R {m['HI_R']:.3f}  "
                  f"EN P {m['EN_P']:.3f} R {m['EN_R']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
