"""The event store's tables, defined once and used for DDL, Arrow batches and documentation.

Every table is a list of ``(column, DuckDB type)``; :func:`create_schema` turns them into
``CREATE TABLE`` statements and :func:`arrow_schema` into the matching Arrow schema, so the
loader's bulk inserts (Arrow -> DuckDB) can never drift from the DDL. See ``docs/store.md``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import StoreBusy, StoreError
from . import DEFAULT_DB  # noqa: F401 - re-exported from its historical home
from .locks import NO_DOWNLOADS, WriterGate, check_file, is_lock_error, reader_gate, retry_locked

#: Bumped when a table changes incompatibly; a store of another version is refused.
# 3: block keys by coarse actor side (store/records.py block_actor); their later change to
# the actors' countries (dedup rule 3) is rebuilt by the next writer (loader._rekey_blocks)
SCHEMA_VERSION = 3


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
    ("block_key", "VARCHAR"),      # type|actor country|actor country|flags (records.block_key)
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

SUPERSEDED: list[Column] = [
    ("doc_key", "VARCHAR"),        # a version replaced by a later one (never stored again)
    ("id", "VARCHAR"),
    ("outlet", "VARCHAR"),
    ("by_doc_key", "VARCHAR"),     # the version that replaced it
]

TABLES: dict[str, list[Column]] = {
    "documents": DOCUMENTS,
    "mentions": MENTIONS,
    "events": EVENTS,
    "actors": ACTORS,
    "rejects": REJECTS,
    "meta": META,
    "superseded": SUPERSEDED,
}

PRIMARY_KEYS = {"documents": "doc_key", "rejects": "reject_id", "meta": "key",
                "superseded": "doc_key"}
#: Tables a reader needs (``superseded`` came later: an older store gets it at its next ingest).
READ_TABLES = ("documents", "mentions", "events", "actors", "rejects", "meta")

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


def create_schema(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Create missing tables; refuse a store written by another schema version, and a DuckDB
    database that holds tables but is no ghatna store (nothing is added to it)."""
    existing = _tables(con)
    if existing and "meta" not in existing:
        raise StoreError(f"{path}: a DuckDB database but not a ghatna store (it has no meta "
                         "table); give another --db file")
    for table, columns in TABLES.items():
        cols = [f'"{name}" {kind}' for name, kind in columns]
        if table in PRIMARY_KEYS:
            cols.append(f'PRIMARY KEY ("{PRIMARY_KEYS[table]}")')
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})")
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    if not rows and existing:
        raise StoreError(f"{path}: not a ghatna store (no schema version); give another --db")
    if not rows:
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    elif rows[0][0] != str(SCHEMA_VERSION):
        raise StoreError(f"{path}: the store has schema version {rows[0][0]}, this ghatna "
                         f"writes {SCHEMA_VERSION}; ingest into a new --db file")


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()}


def open_reader(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a ghatna store, for ONE short unit of work (a request, a
    command): close it soon (``with open_reader(db) as con: ...``), since while it is open an
    ingest cannot start writing (it waits for readers; see ``locks.py``).

    Raises :class:`StoreBusy` while an ingest is writing the store, and :class:`StoreError`
    (a message naming the file and what to do) when it is missing, damaged or no ghatna store.
    """
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such store; create it with `ghatna ingest ... --db {path}`")
    check_file(path)
    with reader_gate(path):
        con = _duck(path, read_only=True)
    try:
        check_marker(con, path)
    except BaseException:
        con.close()
        raise
    return con


def open_writer(path: str | Path) -> tuple[duckdb.DuckDBPyConnection, WriterGate]:
    """The one writing connection (created when missing) and the gate that keeps readers out
    while it is open: close both, the connection first. Waits up to ``GHATNA_LOCK_TIMEOUT``
    seconds for readers to finish; another ingest makes it fail at once."""
    path = Path(path)
    check_file(path)
    gate = WriterGate(path)
    try:
        con = retry_locked(lambda: _duck(path, read_only=False), path)
        try:
            con.execute("BEGIN")
            create_schema(con, path)
            con.execute("COMMIT")
        except BaseException:
            con.close()
            raise
    except BaseException:
        gate.close()
        raise
    return con, gate


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A reading connection (:func:`open_reader`); writing goes through ``loader.Store``."""
    if not read_only:
        raise ValueError("write through ghatna.store.loader.Store (it holds the writer gate)")
    return open_reader(path)


def check_marker(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse a database that is not a ghatna store of this schema version."""
    try:
        missing = set(READ_TABLES) - _tables(con)
        rows = [] if missing else con.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"{path}: the store cannot be read ({exc}); it may be damaged") from exc
    if missing or not rows:
        raise StoreError(f"{path}: not a ghatna store (no table {min(missing or {'meta'})} or "
                         "no schema version); give the --db of a `ghatna ingest`")
    if rows[0][0] != str(SCHEMA_VERSION):
        raise StoreError(f"{path}: the store has schema version {rows[0][0]}, this ghatna "
                         f"reads {SCHEMA_VERSION}")


def _duck(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only, config=dict(NO_DOWNLOADS))
    except duckdb.Error as exc:
        if is_lock_error(exc):
            raise StoreBusy(f"{path}: the store is locked by another process (an ingest?); "
                            "try again when it has finished") from exc
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc
