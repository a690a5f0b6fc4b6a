"""``ghatna eval GOLD.jsonl``: run the extractor over labelled documents and score it.

The gold format is described in ``../shared/eval/README.md``; the matching rules are those of
:mod:`ghatna.evaluate`. Printed: precision, recall, F1, date and location accuracy (over
matched events), recall per type, then the missed and spurious events (a compact list, or all
of them with their evidence sentence under ``--show-errors``). The last line is ``F1 <value>``
so that scripts can read it the way they read ``score.py``.

Exit codes: 0 when every document was processed, 3 when the extractor failed on some
documents (each is reported on stderr and scored as having no events), 1 for an unusable
gold or prediction file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

from ..errors import EXIT_OK, EXIT_REJECTS

#: Errors listed without ``--show-errors``.
COMPACT_ERRORS = 15


def register(subparsers: Any) -> None:
    """Add the ``eval`` sub-command to the top-level parser."""
    parser = subparsers.add_parser(
        "eval",
        help="score the extractor against a labelled gold JSONL file",
        description="Run extraction over every document of a gold file (one JSON object per "
                    "line: id, text, published, events) and print precision, recall, F1, "
                    "date and location accuracy, recall per type and the unmatched events.",
    )
    parser.add_argument("gold", help="gold JSONL file (format: ../shared/eval/README.md)")
    parser.add_argument("--show-errors", action="store_true",
                        help="list every missed and spurious event with its sentence")
    parser.add_argument("--json", action="store_true",
                        help="print the figures as one JSON object (with the errors under "
                             "--show-errors)")
    parser.add_argument("--pred", metavar="PRED.jsonl",
                        help="score this prediction file ({id, events} per line) instead of "
                             "running the extractor")
    parser.add_argument("--save-pred", metavar="OUT.jsonl",
                        help="also write the predictions, one {id, events} line per document")
    parser.add_argument("--by-lang", action="store_true",
                        help="also score each document language (the gold 'lang') on its own")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Entry point of ``ghatna eval``."""
    from ..evaluate import load_gold, load_predictions, score, score_by_language

    gold_docs = load_gold(args.gold)
    failures = 0
    if args.pred:
        predictions = load_predictions(args.pred)
    else:
        predictions, failures = predict_all(gold_docs)
    if args.save_pred:
        write_predictions(args.save_pred, [d.id for d in gold_docs], predictions)
    report = score({d.id: d.events for d in gold_docs}, predictions)
    by_lang = score_by_language(gold_docs, predictions) if args.by_lang else {}
    if args.json:
        payload = report.to_dict()
        if by_lang:
            payload["by_lang"] = {lang: r.to_dict() for lang, r in by_lang.items()}
        if args.show_errors:
            payload["errors"] = [e.to_dict() for e in report.errors]
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print_report(report, show_all=args.show_errors, out=sys.stdout, by_lang=by_lang)
    return EXIT_REJECTS if failures else EXIT_OK


def predict_all(gold_docs: list[Any],
                warn: Callable[[str], None] | None = None) -> tuple[dict[str, list[dict]], int]:
    """Run the default pipeline on every gold document; returns predictions and failures."""
    from ..data import Document, asserted_events
    from ..pipeline.pipeline import default_pipeline

    warn = warn or (lambda msg: print(msg, file=sys.stderr))
    pipeline = default_pipeline()
    predictions: dict[str, list[dict]] = {}
    failures = 0
    for gold in gold_docs:
        doc = Document(id=gold.id, raw=gold.text, published=gold.published)
        try:
            events = pipeline.extract(doc)
        except Exception as exc:  # one bad document must not stop the evaluation
            failures += 1
            warn(f"ghatna eval: {gold.id}: extraction failed ({type(exc).__name__}: {exc}); "
                 "scored as no events")
            events = []
        # scored as the docs output gives them: negated and hypothetical events are kept
        # apart (data.asserted_events, writers)
        predictions[gold.id] = [e.to_dict() for e in asserted_events(events)]
    return predictions, failures


def write_predictions(path: str, order: list[str], predictions: dict[str, list[dict]]) -> None:
    """One ``{"id", "events"}`` line per document, in gold order (``score.py`` reads it)."""
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id in order:
            record = {"id": doc_id, "events": predictions.get(doc_id, [])}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def print_report(report: Any, show_all: bool, out: TextIO,
                 by_lang: dict[str, Any] | None = None) -> None:
    """The human-readable report: figures, per-type recall, per-language figures (when
    given), unmatched events, ``F1``."""
    w = out.write
    w(f"documents          {report.documents}\n")
    w(f"gold events        {report.gold_events}\n")
    w(f"predicted events   {report.predicted_events}\n")
    w(f"matched            {report.matched}\n")
    w(f"precision          {report.precision:.3f}\n")
    w(f"recall             {report.recall:.3f}\n")
    w(f"F1                 {report.f1:.3f}\n")
    w(f"date accuracy      {report.date_accuracy:.3f}  (over matched events)\n")
    w(f"location accuracy  {report.location_accuracy:.3f}  (over matched events)\n")
    if report.by_type:
        w("\nrecall by type\n")
        for etype, counts in sorted(report.by_type.items()):
            rate = counts.found / counts.gold if counts.gold else 0.0
            w(f"  {etype:10} {counts.found:3}/{counts.gold:<3} {rate:.2f}\n")
    if by_lang:
        w("\nby document language (docs, gold, predicted, matched, P, R, F1)\n")
        for lang, r in by_lang.items():
            w(f"  {lang:6} {r.documents:4} {r.gold_events:5} {r.predicted_events:5} {r.matched:5}"
              f"  {r.precision:.3f} {r.recall:.3f} {r.f1:.3f}\n")
    print_errors(report.errors, show_all, out)
    w(f"F1 {round(report.f1, 3)}\n")


def print_errors(errors: list[Any], show_all: bool, out: TextIO) -> None:
    """Missed and spurious events: all with evidence, or the first few on one line each."""
    if not errors:
        return
    missed = sum(e.kind == "missed" for e in errors)
    out.write(f"\nunmatched: {missed} missed, {len(errors) - missed} spurious\n")
    shown = errors if show_all else errors[:COMPACT_ERRORS]
    out.writelines("  " + error.describe(evidence=show_all) + "\n" for error in shown)
    if len(shown) < len(errors):
        out.write(f"  ... {len(errors) - len(shown)} more (--show-errors lists them all)\n")
