"""``ghatna extract``: files, folders, corpora or stdin in; events out."""

from __future__ import annotations

import argparse
import sys

from ..errors import EXIT_OK, EXIT_REJECTS, InputError, ResourceError
from ..readers import DEFAULT_MAX_BYTES, Reject, check_inputs, read_inputs
from ..writers import document_line, event_line, write_table


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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..pipeline.pipeline import default_pipeline

    check_inputs(args.inputs, args.published)
    fmt = args.format or ("table" if sys.stdout.isatty() else "docs")
    pipeline = default_pipeline()
    out = sys.stdout
    rejected = 0
    for item in read_inputs(args.inputs, published=args.published, max_bytes=args.max_bytes):
        if isinstance(item, Reject):
            rejected += 1
            label = item.source if not item.doc_id or item.source.endswith(item.doc_id) else \
                f"{item.source} ({item.doc_id})"
            print(f"ghatna: rejected {label}: {item.reason} [{item.code}]", file=sys.stderr)
            if args.strict:
                raise InputError(f"{label}: {item.reason} (--strict stops at the first bad document)")
            continue
        for warning in item.warnings:
            print(f"ghatna: warning {item.source or '-'} ({item.id}): {warning}", file=sys.stderr)
        try:
            events = pipeline.extract(item)
        except ResourceError:
            raise  # broken package data fails every document: stop at once, exit 1
        except Exception as exc:  # a bug on one document must not lose the batch
            rejected += 1
            print(f"ghatna: failed {item.source or '-'} ({item.id}): internal error "
                  f"{type(exc).__name__}: {exc}; please report it [extract_error]", file=sys.stderr)
            if args.strict:
                raise
            continue
        if fmt == "docs":
            out.write(document_line(item, events) + "\n")
        elif fmt == "events":
            for event in events:
                out.write(event_line(event) + "\n")
        else:
            write_table(out, item, events)
    out.flush()
    return EXIT_REJECTS if rejected else EXIT_OK

