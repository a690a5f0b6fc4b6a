"""One exception tree and the exit codes the command line maps it to.

Exit codes (documented in the README):
  0  every input document was processed
  1  usage or fatal error (bad arguments, unreadable database, ...)
  2  command-line syntax error (argparse)
  3  finished, but some input documents were rejected (reported on stderr / in `rejects`)
  130 interrupted (Ctrl-C)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_USAGE = 2
EXIT_REJECTS = 3
EXIT_INTERRUPTED = 130


class GhatnaError(Exception):
    """Base class: the message is meant for the user and names the input and what to do."""

    exit_code = EXIT_FATAL


class InputError(GhatnaError):
    """An input path or stream cannot be used at all (missing file, unknown format)."""


class ResourceError(GhatnaError):
    """A bundled resource file is malformed (a bug in the package data)."""


class StoreError(GhatnaError):
    """The event store cannot be opened or written."""


class StoreBusy(StoreError):
    """The store is being written by an ingest (or, for an ingest, read for too long)."""


class EngineError(GhatnaError):
    """An ingest engine cannot be used here (``--engine ray`` without ray, no cluster)."""
