#!/usr/bin/env python3
"""Token-level language identification of romanized Hinglish against L3Cube-HingLID.

Data: ``../shared/external/hinglid/test.txt`` (CC BY-NC-SA 4.0: **evaluation only**, read in
place, never copied or shipped), one ``token<TAB>HI|EN`` per line, a blank line between
sentences.

Classifier, in this order:

1. ``--classifier module:function``, a callable taking one Latin token (str) and returning a
   language (``"hi"``/``"en"``, any case, or a bool meaning "is Hindi");
2. with ``--context``, ``ghatna.pipeline.romanized.tag_latin_tokens``, which tags a whole
   sentence (a word that is both Hindi and English, "to", "me", may take its neighbours'
   language);
3. the first of :data:`CANDIDATES` found in ``ghatna.pipeline.romanized`` or
   ``ghatna.pipeline.langtag`` (one token at a time, no context);
4. otherwise the langtag stage itself: each sentence (tokens joined by spaces) runs through
   ``clean -> segment -> langtag`` and each gold token takes the ``lang`` of the pipeline
   token it starts in. ``hi`` -> HI and ``en`` -> EN; ``ne`` (a name), ``univ`` and tokens
   the pipeline dropped are counted as ``--other-as`` (default EN) and tallied separately.

Reported: accuracy, precision/recall/F1 of HI and EN, macro F1, and the majority-class
baseline for comparison.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from tagged import read_tagged_sentences

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "external" / "hinglid" / "test.txt"
CLASSES = ("HI", "EN")
CANDIDATES = ("latin_token_language", "latin_token_lang", "classify_latin", "romanized_lang",
              "romanized_language", "latin_lang", "token_language", "classify_token")

SENTENCE_TAGGER = "tag_latin_tokens"
MODULES = ("ghatna.pipeline.romanized", "ghatna.pipeline.langtag")

TokenClassifier = Callable[[str], object]
SentenceTagger = Callable[[list[str]], list[object]]


def read_sentences(path: Path, limit: int | None) -> Iterator[tuple[list[str], list[str]]]:
    """``(tokens, HI/EN tags)`` per sentence."""
    for tokens, tags in read_tagged_sentences(path, limit):
        yield tokens, [tag.upper() for tag in tags]


def as_class(value: object, other: str) -> str:
    """A classifier's answer as HI or EN."""
    if isinstance(value, bool):
        return "HI" if value else "EN"
    text = str(value).lower()
    if text.startswith("hi"):
        return "HI"
    if text.startswith("en"):
        return "EN"
    return other


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def find_sentence_tagger(wanted: bool) -> tuple[str, SentenceTagger | None]:
    """The context-aware sentence tagger, if there is one and it is wanted."""
    if not wanted:
        return "", None
    for module_name in MODULES:
        func = getattr(_module(module_name), SENTENCE_TAGGER, None)
        if callable(func):
            return f"{module_name}:{SENTENCE_TAGGER} (sentence context)", func
    return "", None


def find_classifier(spec: str | None) -> tuple[str, TokenClassifier | None]:
    """The token classifier to use and its name; ``None`` means "use the stage"."""
    if spec:
        module_name, _, func_name = spec.partition(":")
        return spec, getattr(importlib.import_module(module_name), func_name)
    for module_name in MODULES:
        module = _module(module_name)
        for name in CANDIDATES:
            func = getattr(module, name, None)
            if callable(func):
                return f"{module_name}:{name}", func
    return "langtag stage (token.lang)", None


class StageTagger:
    """Tags a sentence's tokens with the clean -> segment -> langtag stages."""

    def __init__(self) -> None:
        from ghatna.pipeline.clean import Clean
        from ghatna.pipeline.langtag import LangTag
        from ghatna.pipeline.pipeline import Pipeline
        from ghatna.pipeline.segment import Segment

        self.pipeline = Pipeline([Clean(), Segment(), LangTag()])
        self.raw_langs: Counter[str] = Counter()

    def tag(self, tokens: list[str], other: str) -> list[str]:
        from ghatna.data import Document

        doc = self.pipeline.run(Document(id="hinglid", raw=" ".join(tokens)))
        starts: dict[int, str] = {}
        for sentence in doc.sentences:
            for tok in sentence.tokens:
                raw_start, raw_end = doc.to_raw((tok.start, tok.end))
                for pos in range(raw_start, raw_end):
                    starts.setdefault(pos, tok.lang)
        labels = []
        pos = 0
        for token in tokens:
            lang = starts.get(pos, "dropped")
            self.raw_langs[lang] += 1
            labels.append(as_class(lang, other) if lang in ("hi", "en") else other)
            pos += len(token) + 1
        return labels


def f1_table(gold: list[str], pred: list[str]) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 per class."""
    table = {}
    for cls in CLASSES:
        tp = sum(g == cls and p == cls for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = pred.count(cls), gold.count(cls)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        table[cls] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                      "support": n_gold}
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="HingLID test file")
    parser.add_argument("--limit", type=int, default=None, help="first N sentences only")
    parser.add_argument("--classifier", help="module:function labelling one Latin token")
    parser.add_argument("--other-as", choices=CLASSES, default="EN",
                        help="class for tokens tagged ne/univ or dropped (stage mode)")
    parser.add_argument("--context", action="store_true",
                        help="tag whole sentences with romanized.tag_latin_tokens")
    parser.add_argument("--stage", action="store_true",
                        help="score the langtag stage itself (clean -> segment -> langtag)")
    parser.add_argument("--learned", action="store_true",
                        help="with the learned model (pipeline/latin_lid.py, shipped disabled)")
    args = parser.parse_args(argv)
    if args.learned:
        from ghatna.pipeline.latin_lid import set_enabled

        set_enabled(True)

    tag_sentence: SentenceTagger | None = None
    classify: TokenClassifier | None = None
    if args.stage:
        name = "langtag stage (token.lang)"
    else:
        name, tag_sentence = find_sentence_tagger(args.context and not args.classifier)
        if tag_sentence is None:
            name, classify = find_classifier(args.classifier)
    tagger = None if classify or tag_sentence else StageTagger()
    gold: list[str] = []
    pred: list[str] = []
    for tokens, tags in read_sentences(args.data, args.limit):
        gold.extend(tags)
        if tag_sentence is not None:
            pred.extend(as_class(lang, args.other_as) for lang in tag_sentence(tokens))
        elif classify is not None:
            pred.extend(as_class(classify(tok), args.other_as) for tok in tokens)
        else:
            assert tagger is not None
            pred.extend(tagger.tag(tokens, args.other_as))

    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    majority, majority_n = Counter(gold).most_common(1)[0] if gold else ("", 0)
    table = f1_table(gold, pred)
    macro = sum(row["f1"] for row in table.values()) / len(table)
    print(f"HingLID test: {len(gold):,} tokens, classifier: {name}")
    print(f"  accuracy  {accuracy:.3f}   macro F1 {macro:.3f}   "
          f"(majority baseline {majority}: {majority_n / max(1, len(gold)):.3f})")
    for cls, row in table.items():
        print(f"  {cls}  P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}"
              f"  support {row['support']:,}")
    if tagger is not None:
        print(f"  pipeline token langs: {dict(tagger.raw_langs.most_common())} "
              f"(ne/univ/dropped scored as {args.other_as})")
    print(json.dumps({"tokens": len(gold), "classifier": name, "accuracy": round(accuracy, 4),
                      "macro_f1": round(macro, 4),
                      "per_class": {c: {k: round(v, 4) for k, v in r.items()}
                                    for c, r in table.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
