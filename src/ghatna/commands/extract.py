"""``ghatna extract``: files, folders, corpora or stdin in; events out."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..defaults import DEFAULT_MAX_BYTES
from ..errors import EXIT_OK, EXIT_REJECTS, InputError, ResourceError

if TYPE_CHECKING:  # readers, writers, executors load when the command runs (not for --help)
    from ..data import Document, Event
    from ..executors.ordered import Formatter, Outcome
    from ..readers import Reject


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "extract", help="extract events from text, HTML, folders, JSONL/Parquet or stdin",
        description="Extract PLOVER events. Bad documents are reported on stderr and skipped; "
                    "the exit code is 3 when any was rejected.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a .txt/.html file, a folder, a .jsonl(.gz)/.parquet corpus, or - for stdin")
    parser.add_argument("--format", choices=["table", "events", "docs"], default=None,
                        help="table (default on a terminal), events (one JSON record per line), "
                             "docs (one line per document: {id, events}; default otherwise)")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date for inputs that carry none (fixes years and weekdays)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                        help=f"reject documents larger than this (default {DEFAULT_MAX_BYTES:,})")
    parser.add_argument("--strict", action="store_true", help="stop at the first rejected document")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="extraction processes (default 1); the output is the same, in "
                             "input order, for any N")
    parser.set_defaults(func=run)


def format_docs(doc: Document, events: list[Event]) -> str:
    from ..writers import document_line

    return document_line(doc, events) + "\n"


def format_events(doc: Document, events: list[Event]) -> str:
    from ..writers import event_line

    return "".join(event_line(event) + "\n" for event in events)


def format_table(doc: Document, events: list[Event]) -> str:
    from ..writers import write_table

    out = io.StringIO()
    write_table(out, doc, events)
    return out.getvalue()


FORMATTERS = {"docs": format_docs, "events": format_events, "table": format_table}


def _in_process(items: Iterable[Document | Reject], formatter: Formatter
                ) -> Iterator[Outcome | Reject]:
    from ..executors.ordered import Outcome
    from ..pipeline.pipeline import default_pipeline
    from ..readers import Reject

    pipeline = default_pipeline()
    for item in items:
        if isinstance(item, Reject):
            yield item
            continue
        try:
            events = pipeline.extract(item)
        except ResourceError:
            raise  # broken package data fails every document: stop at once, exit 1
        except Exception as exc:  # a bug on one document must not lose the batch
            yield Outcome(item, error=f"{type(exc).__name__}: {exc}")
            continue
        yield Outcome(item, output=formatter(item, events))


def run(args: argparse.Namespace) -> int:
    from ..executors.ordered import Outcome
    from ..readers import check_inputs, read_inputs

    check_inputs(args.inputs, args.published)
    if args.workers < 1:
        raise InputError(f"--workers {args.workers}: give 1 or more processes")
    fmt = args.format or ("table" if sys.stdout.isatty() else "docs")
    items = read_inputs(args.inputs, published=args.published, max_bytes=args.max_bytes)
    if args.workers == 1:
        outcomes = _in_process(items, FORMATTERS[fmt])
    else:
        from ..executors.ordered import extract_ordered

        outcomes = extract_ordered(items, args.workers, FORMATTERS[fmt])
    rejected = 0
    for outcome in outcomes:
        rejected += _report(outcome, args.strict)
        if isinstance(outcome, Outcome) and not outcome.error:
            sys.stdout.write(outcome.output)
    sys.stdout.flush()
    return EXIT_REJECTS if rejected else EXIT_OK


def _report(outcome: Outcome | Reject, strict: bool) -> int:
    """Name a rejected or failed document on stderr (1), or a read document's warnings (0)."""
    from ..readers import Reject

    if isinstance(outcome, Reject):
        label = outcome.source if not outcome.doc_id or outcome.source.endswith(outcome.doc_id) \
            else f"{outcome.source} ({outcome.doc_id})"
        print(f"ghatna: rejected {label}: {outcome.reason} [{outcome.code}]", file=sys.stderr)
        if strict:
            raise InputError(f"{label}: {outcome.reason} (--strict stops at the first bad document)")
        return 1
    doc = outcome.doc
    for warning in doc.warnings:
        print(f"ghatna: warning {doc.source or '-'} ({doc.id}): {warning}", file=sys.stderr)
    if not outcome.error:
        return 0
    print(f"ghatna: failed {doc.source or '-'} ({doc.id}): internal error {outcome.error}; "
          f"please report it [extract_error]", file=sys.stderr)
    if strict:
        raise InputError(f"{doc.source or '-'} ({doc.id}): internal error {outcome.error} "
                         "(--strict stops at the first bad document)")
    return 1

