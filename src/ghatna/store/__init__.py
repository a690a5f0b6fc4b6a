"""The event store (DuckDB). This module stays light: the command line reads ``DEFAULT_DB``
from here without loading duckdb or pyarrow, which only the store commands need."""

DEFAULT_DB = "ghatna.duckdb"
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
EXPORT_TABLES = ("events", "mentions", "actors")
