"""The event store's tables, defined once and used for DDL, Arrow batches and documentation.

Every table is a list of ``(column, DuckDB type)``; :func:`create_schema` turns them into
``CREATE TABLE`` statements and :func:`arrow_schema` into the matching Arrow schema, so the
loader's bulk inserts (Arrow -> DuckDB) can never drift from the DDL. See ``docs/store.md``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import StoreError

#: Bumped when a table changes incompatibly; a store of another version is refused.
SCHEMA_VERSION = 2

DEFAULT_DB = "ghatna.duckdb"

Column = tuple[str, str]

DOCUMENTS: list[Column] = [
    ("doc_key", "VARCHAR"),        # hash of (id, content_hash): the document's identity
    ("id", "VARCHAR"),             # the input id (JSONL id, file name without extension)
    ("content_hash", "VARCHAR"),   # sha256 of the raw text (first 32 hex digits)
    ("source", "VARCHAR"),         # input file / JSONL `source` field
    ("outlet", "VARCHAR"),         # host of `url`, else `source`: what "sources" counts
    ("url", "VARCHAR"),
    ("title", "VARCHAR"),
    ("published", "VARCHAR"),      # as given
    ("published_day", "DATE"),     # `published` parsed when it starts with YYYY-MM-DD
    ("lang", "VARCHAR"),           # hi | en | hi-en | hi-Latn (romanized Hindi) | ...
    ("cmi", "DOUBLE"),             # Code-Mixing Index (Das & Gambäck) over the whole text
    ("cmi_sentences", "DOUBLE"),   # mean Code-Mixing Index of its sentences
    ("length", "INTEGER"),         # characters of raw text
    ("n_events", "INTEGER"),       # mentions found in it
]

MENTIONS: list[Column] = [
    ("mention_id", "VARCHAR"),     # hash of (doc_key, position)
    ("doc_key", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("position", "INTEGER"),       # index of the event in the document's event list
    ("event_id", "VARCHAR"),       # the deduplicated event; NULL until clustered
    ("block_key", "VARCHAR"),      # type|actor key|actor key|planned|negated (see dedup.py)
    ("type", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("context", "VARCHAR[]"),
    ("cameo", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("score", "DOUBLE"),
    ("actor1_key", "VARCHAR"),
    ("actor1_id", "VARCHAR"),
    ("actor1_name", "VARCHAR"),
    ("actor1_country", "VARCHAR"),
    ("actor1_sector", "VARCHAR"),
    ("actor1_text", "VARCHAR"),
    ("actor1_start", "INTEGER"),
    ("actor1_end", "INTEGER"),
    ("actor2_key", "VARCHAR"),
    ("actor2_id", "VARCHAR"),
    ("actor2_name", "VARCHAR"),
    ("actor2_country", "VARCHAR"),
    ("actor2_sector", "VARCHAR"),
    ("actor2_text", "VARCHAR"),
    ("actor2_start", "INTEGER"),
    ("actor2_end", "INTEGER"),
    ("date", "VARCHAR"),           # YYYY-MM-DD | YYYY-MM | YYYY | NULL
    ("date_precision", "VARCHAR"),
    ("date_text", "VARCHAR"),
    ("loc_key", "VARCHAR"),
    ("loc_name", "VARCHAR"),
    ("loc_kind", "VARCHAR"),
    ("loc_country", "VARCHAR"),
    ("loc_admin1", "VARCHAR"),
    ("loc_lat", "DOUBLE"),
    ("loc_lon", "DOUBLE"),
    ("loc_geonameid", "BIGINT"),
    ("loc_text", "VARCHAR"),
    ("planned", "BOOLEAN"),
    ("negated", "BOOLEAN"),
    ("hypothetical", "BOOLEAN"),
    ("sentence", "VARCHAR"),
    ("span_start", "INTEGER"),
    ("span_end", "INTEGER"),
    ("sentence_start", "INTEGER"),
    ("sentence_end", "INTEGER"),
    ("trigger", "VARCHAR"),
    ("lang", "VARCHAR"),
    ("confidence", "DOUBLE"),
    ("coder", "VARCHAR"),
]

EVENTS: list[Column] = [
    ("event_id", "VARCHAR"),       # hash of (block_key, earliest mention's id)
    ("global_id", "BIGINT"),       # event_id as an integer (GDELT's GLOBALEVENTID)
    ("block_key", "VARCHAR"),
    ("type", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("cameo", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("actor1_key", "VARCHAR"),
    ("actor1_id", "VARCHAR"),
    ("actor1_name", "VARCHAR"),
    ("actor1_country", "VARCHAR"),
    ("actor1_sector", "VARCHAR"),
    ("actor2_key", "VARCHAR"),
    ("actor2_id", "VARCHAR"),
    ("actor2_name", "VARCHAR"),
    ("actor2_country", "VARCHAR"),
    ("actor2_sector", "VARCHAR"),
    ("date", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("loc_key", "VARCHAR"),
    ("loc_name", "VARCHAR"),
    ("loc_kind", "VARCHAR"),
    ("loc_country", "VARCHAR"),
    ("loc_admin1", "VARCHAR"),
    ("loc_lat", "DOUBLE"),
    ("loc_lon", "DOUBLE"),
    ("loc_geonameid", "BIGINT"),
    ("planned", "BOOLEAN"),
    ("negated", "BOOLEAN"),
    ("confidence", "DOUBLE"),      # the highest mention confidence
    ("sentence", "VARCHAR"),       # evidence: the representative mention's sentence
    ("rep_mention_id", "VARCHAR"),
    ("first_seen", "DATE"),        # earliest / latest publication day of a reporting document
    ("last_seen", "DATE"),
    ("n_mentions", "INTEGER"),
    ("n_articles", "INTEGER"),
    ("n_sources", "INTEGER"),
    ("articles", "VARCHAR[]"),     # document ids, sorted
    ("sources", "VARCHAR[]"),      # outlets, sorted
    ("languages", "VARCHAR[]"),    # mention languages, sorted
    ("first_url", "VARCHAR"),      # url of the earliest reporting document
]

ACTORS: list[Column] = [
    ("actor_key", "VARCHAR"),      # id:<kb id> or name:<normalised name>|<country>
    ("id", "VARCHAR"),
    ("name", "VARCHAR"),           # the most frequent name seen for the key
    ("country", "VARCHAR"),
    ("sector", "VARCHAR"),
    ("aliases", "VARCHAR[]"),      # every name and surface text seen, sorted
    ("n_mentions", "INTEGER"),
    ("n_events", "INTEGER"),
]

REJECTS: list[Column] = [
    ("reject_id", "VARCHAR"),      # hash of (source, doc_id, code, reason): re-ingest adds nothing
    ("source", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("code", "VARCHAR"),
    ("reason", "VARCHAR"),
]

META: list[Column] = [("key", "VARCHAR"), ("value", "VARCHAR")]

TABLES: dict[str, list[Column]] = {
    "documents": DOCUMENTS,
    "mentions": MENTIONS,
    "events": EVENTS,
    "actors": ACTORS,
    "rejects": REJECTS,
    "meta": META,
}

PRIMARY_KEYS = {"documents": "doc_key", "rejects": "reject_id", "meta": "key"}

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "VARCHAR[]": pa.list_(pa.string()),
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one table, for bulk inserts."""
    return pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in TABLES[table]])


def column_names(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables; refuse a store written by another schema version."""
    for table, columns in TABLES.items():
        cols = [f'"{name}" {kind}' for name, kind in columns]
        if table in PRIMARY_KEYS:
            cols.append(f'PRIMARY KEY ("{PRIMARY_KEYS[table]}")')
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})")
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    row = rows[0] if rows else None
    if row is None:
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    elif row[0] != str(SCHEMA_VERSION):
        raise StoreError(f"the store has schema version {row[0]}, this ghatna writes "
                         f"{SCHEMA_VERSION}; ingest into a new --db file")


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and for writing, create) a store; errors become :class:`StoreError`."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such store; create it with `ghatna ingest ... --db {path}`")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc
    if not read_only:
        con.execute("BEGIN")
        create_schema(con)
        con.execute("COMMIT")
    else:
        missing = {t for t in TABLES} - {
            r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if missing:
            con.close()
            raise StoreError(f"{path}: not a ghatna store (no table {min(missing)})")
    return con
