"""Defaults the command line shows in its help, kept apart from the modules that use them so
that building the parser (``ghatna --help``) imports no reader, pipeline or store code."""

from __future__ import annotations

#: documents larger than this many bytes are rejected (``--max-bytes``)
DEFAULT_MAX_BYTES = 5_000_000
