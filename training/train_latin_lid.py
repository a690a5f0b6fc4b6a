"""Train the learned token-language model of romanized Hinglish (``learned/model/latin_lid.json``).

    .venv/bin/python training/train_latin_lid.py [--train corpus/train.jsonl] [--seeds 3]
                                                 [--c 0.5] [--min-count 2] [--keep SOURCES]
                                                 [--real-copies 5]

Training data: (1) the project's own, labelled by how it was made (``bench/langid_dev.py``
:func:`synthetic`): the Hindi documents of the corpus train split retyped in Latin letters by
several spellers (``romanize_twins``), chat spellings, Hindi words swapped for their English
word (``codemix.tsv``), English clauses of the train split's English documents appended; one
pass per seed; (2) real romanized Hinglish (``training/data/hinglish_real_text.txt``, short
excerpts of public web pages, ``training/data/README.md``), its doubtful words labelled by hand
or by a first model trained on (1) alone (:func:`real_labels`), counted ``--real-copies`` times
(5; 0 leaves them out). Features: :func:`ghatna.pipeline.latin_lid.token_features` (the
word, its letters, its frequencies, its reading and the Viterbi answer, the same for two
neighbours on each side). Logistic regression (scikit-learn, L2, lbfgs); features seen fewer than
``--min-count`` times are dropped, weights rounded to 4 decimals. Deterministic: same data,
same file. Dev data (``tests/data/hinglish_lid_dev.tsv``, corpus dev) is never trained on:
``python bench/langid_dev.py`` scores the result. L3Cube-HingLID is evaluation only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from langid_dev import _TOKEN, _sentences, insert_runs, synthetic  # noqa: E402

from ghatna.pipeline import latin_lid, romanized  # noqa: E402

OUT = latin_lid.MODEL_FILE
LABELS = ("hi", "en")
BALANCE: str | None = None  # "balanced" gave the same dev figures
PLOVER = ROOT.parent / "shared" / "external" / "plover" / "PLOVER_GSR_CAMEO.txt"
#: Real romanized Hinglish, one sentence a line (training/data/README.md).
REAL_TEXT = ROOT / "training" / "data" / "hinglish_real_text.txt"
#: A word labelled by hand in the real text: "me_hi", "chat_en", "Goa_ne".
_MARK = re.compile(r"([A-Za-z']+)_(hi|en|ne)\b")
#: A doubtful word of the real text takes the first model's answer only when that model is
#: this sure of it (probability of Hindi at least this, or at most 1 minus this).
REAL_CONFIDENCE = 0.9
#: Reading sources whose sure readings stay (the lexicons and the script); the model decides
#: the rest, frequency readings included.
KEEP = ("script", "hand", "english", "hindi", "skeleton", "frequency")


def sentence_examples(tokens: list[str], tags: list[str],
                      keep: frozenset[str]) -> list[tuple[dict[str, float], int]]:
    """(features, 1 for Hindi) of the hi/en tokens the model decides in one sentence."""
    readings = [romanized.read_word(w) for w in tokens]
    weights = [romanized.evidence(r) for r in readings]
    viterbi = romanized.viterbi_tags(tokens)
    feats = latin_lid.token_features(tokens, romanized.lid_readings(readings), viterbi)
    out: list[tuple[dict[str, float], int]] = []
    for f, tag, weight, reading in zip(feats, tags, weights, readings, strict=True):
        if tag not in LABELS or weight is None:
            continue
        if abs(weight) >= romanized.SURE_EVIDENCE and reading.source in keep:
            continue
        out.append((f, int(tag == "hi")))
    return out


def english_spans(train: Path) -> list[list[str]]:
    """Runs of lower-case English words of the train split's English sentences (and of the
    PLOVER records, when ../shared has them): what a Hinglish writer inserts."""
    _, sentences = _sentences(train)
    if PLOVER.exists():
        sentences += [r.get("text", "") for r in json.loads(PLOVER.read_text(encoding="utf-8"))]
    spans: list[list[str]] = []
    for text in sentences:
        run: list[str] = []
        for tok in [*_TOKEN.findall(text), "."]:
            if tok.isalpha() and tok.islower():
                run.append(tok)
                continue
            if run:
                spans.append(run)
            run = []
    return spans


def insert_english(tokens: list[str], tags: list[str], spans: list[list[str]],
                   rng: random.Random, most: int) -> tuple[list[str], list[str]]:
    """The sentence with up to ``most`` short English runs (1-3 words) put in at random
    places, as Hinglish writers insert English words and phrases."""
    tokens, tags = list(tokens), list(tags)
    insert_runs(tokens, tags, spans, rng, rng.randint(0, most) if most else 0, longest=3, tag="en")
    return tokens, tags


def examples(train: Path, seeds: int, keep: frozenset[str],
             inserts: int = 0) -> list[tuple[dict[str, float], int]]:
    out: list[tuple[dict[str, float], int]] = []
    spans = english_spans(train)
    for seed in range(1, seeds + 1):
        rng = random.Random(seed)
        for tokens, tags in synthetic(train, seed):
            out.extend(sentence_examples(*insert_english(tokens, tags, spans, rng, inserts), keep))
    return out


def marked_tokens(line: str) -> tuple[list[str], list[str | None]]:
    """The tokens of one line of the real text and the hand label of each (None: none)."""
    tokens: list[str] = []
    marks: list[str | None] = []
    pos = 0
    for match in _MARK.finditer(line):
        before = _TOKEN.findall(line[pos:match.start()])
        tokens += [*before, match.group(1)]
        marks += [*[None] * len(before), match.group(2)]
        pos = match.end()
    rest = _TOKEN.findall(line[pos:])
    return tokens + rest, marks + [None] * len(rest)


def real_sentences(path: Path = REAL_TEXT) -> list[tuple[list[str], list[str | None]]]:
    """(tokens, hand labels) of every sentence of the real text."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [marked_tokens(line) for line in lines if line.strip() and not line.startswith("#")]


def real_labels(tokens: list[str], marks: list[str | None],
                model: latin_lid.LatinLidModel) -> list[str]:
    """The language of each token of a real sentence: the hand label where there is one,
    else the reading where it is sure (the lexicons), else the first model's answer where it
    is sure (:data:`REAL_CONFIDENCE`); "?" (not trained on) otherwise, "univ" without letters."""
    readings = [romanized.read_word(w) for w in tokens]
    viterbi = romanized.viterbi_tags(tokens)
    feats = latin_lid.token_features(tokens, romanized.lid_readings(readings), viterbi)
    out: list[str] = []
    for f, mark, reading in zip(feats, marks, readings, strict=True):
        weight = romanized.evidence(reading)
        if mark or weight is None:
            out.append(mark or "univ")
        elif abs(weight) >= romanized.SURE_EVIDENCE:
            out.append(reading.lang)
        else:
            p = model.probability(f)
            out.append("hi" if p >= REAL_CONFIDENCE else "en" if p <= 1 - REAL_CONFIDENCE else "?")
    return out


def real_examples(model: latin_lid.LatinLidModel, keep: frozenset[str],
                  path: Path = REAL_TEXT) -> list[tuple[dict[str, float], int]]:
    """The decided tokens of the real text, labelled by :func:`real_labels`."""
    out: list[tuple[dict[str, float], int]] = []
    for tokens, marks in real_sentences(path):
        out.extend(sentence_examples(tokens, real_labels(tokens, marks, model), keep))
    return out


def fit(data: list[tuple[dict[str, float], int]], c: float, min_count: int,
        keep: frozenset[str]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for feats, _ in data for name in feats)
    rows = [{k: v for k, v in feats.items() if seen[k] >= min_count} for feats, _ in data]
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows)
    y = [label for _, label in data]
    clf = LogisticRegression(C=c, solver="lbfgs", max_iter=2000, class_weight=BALANCE)
    clf.fit(x, y)
    weights = {name: round(float(w), 4) for name, w in
               zip(vectorizer.get_feature_names_out(), clf.coef_[0], strict=True)
               if abs(w) >= 1e-3}
    return {"bias": round(float(clf.intercept_[0]), 4), "keep_sources": sorted(keep),
            "c": c, "min_count": min_count, "examples": len(data),
            "hindi_share": round(sum(y) / max(1, len(y)), 4),
            "weights": dict(sorted(weights.items()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=ROOT / "corpus" / "train.jsonl")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--c", type=float, default=0.5)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--keep", default=",".join(KEEP),
                        help="reading sources whose sure readings the model never overrules")
    parser.add_argument("--inserts", type=int, default=0,
                        help="insert up to N English runs per sentence (off: it lost on dev)")
    parser.add_argument("--real", type=Path, default=REAL_TEXT,
                        help="real romanized Hinglish text (training/data/README.md)")
    parser.add_argument("--real-copies", type=int, default=5,
                        help="train on the real text's decided words N times (0: not at all)")
    parser.add_argument("--enable", action="store_true",
                        help="ship the model enabled (off: it did not help on HingLID test)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    keep = frozenset(s for s in args.keep.split(",") if s)
    data = examples(args.train, args.seeds, keep, args.inserts)
    model = fit(data, args.c, args.min_count, keep)
    if args.real_copies:
        # The first model (synthetic data only) labels the real text's doubtful words; the
        # second is trained on both. Never the shipped file: the result stays reproducible.
        real = real_examples(latin_lid.model_from_json(model), keep, args.real)
        model = fit(data + real * args.real_copies, args.c, args.min_count, keep)
        model["real_examples"] = len(real)
    model["enabled"] = args.enable
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"{model['examples']} examples ({model.get('real_examples', 0)} real, x"
          f"{args.real_copies}), {len(model['weights'])} weights -> {args.out}")


if __name__ == "__main__":
    main()
