"""Command line: parse, validate, call the library, map errors to exit codes.

Each sub-command lives in ``ghatna.commands.<name>`` and exposes ``register(subparsers)``
which adds its parser and sets ``func`` (a callable taking the parsed args and returning an
exit code).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .errors import EXIT_FATAL, EXIT_INTERRUPTED, GhatnaError

COMMANDS = ["extract", "eval", "ingest", "stats", "query", "export", "serve"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ghatna",
        description="Event data from Hindi, English and mixed Hindi-English news.",
    )
    parser.add_argument("--version", action="version", version=f"ghatna {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"ghatna.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"ghatna.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except GhatnaError as exc:
        print(f"ghatna: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("ghatna: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `ghatna extract ... | head` closes the pipe early: not an error for the user.
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(f"ghatna: error: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except Exception as exc:
        if not is_store_failure(exc):
            raise
        print(f"ghatna: error: the store failed: {store_message(exc)}", file=sys.stderr)
        return EXIT_FATAL


def is_store_failure(exc: BaseException) -> bool:
    """A DuckDB error (a damaged file, a full disk) is the store's, not a bug of ghatna: the
    user gets its message, not a traceback (duckdb is not imported to tell)."""
    return type(exc).__module__.split(".")[0] in ("duckdb", "_duckdb")


def store_message(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:400]
    if "no space left" in text.lower():
        return f"{text}; free some disk space and run it again (nothing stored was lost)"
    return f"{text}; if the file is damaged, restore it from a copy or ingest into a new --db"


if __name__ == "__main__":
    sys.exit(main())
