"""The single writer of the event store.

Crash safety rests on three facts:

* a shard file is loaded in **one transaction** that inserts its new documents, their mentions
  (with ``event_id`` NULL) and its rejects; documents already present (same id and text) are
  skipped, so loading a shard twice changes nothing;
* mentions with ``event_id`` NULL *are* the record of unfinished work: :meth:`Store.finalize`
  re-clusters every block that has one and rebuilds ``events`` for those blocks, in batches of
  whole blocks, one transaction each (the last also rebuilds ``actors``), so that memory stays
  bounded; it is run at the start of every ingest as well as at the end;
* clustering depends only on the set of mentions in a block (see ``dedup.py``).

So after a ``kill -9`` at any point, the next ingest finishes the interrupted work and the store
ends exactly as an uninterrupted run would have left it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import StoreError
from . import schema
from .dedup import (
    DEDUP_RULE,
    Actor,
    FootprintInput,
    Item,
    Place,
    affected_mentions,
    block_footprints,
    cluster_items,
    story_names,
)
from .records import (
    block_key_of,
    block_side,
    document_row,
    mention_rows,
    norm_name,
    reject_row,
    spelling_key,
)

#: Marks a complete shard file; written last so a truncated file is recognised.
SHARD_END = {"kind": "end"}


#: DuckDB's memory limit for the writer (its default is 80% of the machine's RAM, so its
#: buffer pool and operators grow with the database instead of evicting or spilling to
#: ``<db>.tmp``). Override with the environment variable ``GHATNA_STORE_MEMORY``.
DEFAULT_MEMORY_LIMIT = "256MB"
#: At most this many DuckDB threads for the writer: each thread keeps its own buffers and
#: allocator arenas, and loading a shard or clustering a batch gains little from more.
MAX_THREADS = 4


def writer_settings() -> dict[str, str]:
    """The DuckDB settings of the writing connection (see ``docs/store.md``, Memory)."""
    return {"memory_limit": os.environ.get("GHATNA_STORE_MEMORY") or DEFAULT_MEMORY_LIMIT,
            "threads": str(max(1, min(MAX_THREADS, os.cpu_count() or 1)))}


@dataclass(slots=True)
class LoadResult:
    """What one shard added."""

    documents: int = 0
    skipped: int = 0
    mentions: int = 0
    rejects: int = 0
    seen_rejects: int = 0


def write_shard(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Write a shard atomically: a temporary name, fsync, then rename. A string that cannot be
    UTF-8 (a lone surrogate) is written escaped, so the file is always valid; the loader then
    quarantines that record."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", errors="backslashreplace") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            fh.write("\n")
        fh.write(json.dumps(SHARD_END) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_shard(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a complete shard file; a file without its end marker raises ValueError. A
    line that is no JSON object becomes a ``load_error`` reject (quarantined, never replayed)."""
    complete = False
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
            except (ValueError, RecursionError) as exc:
                yield quarantine({"source": str(path)}, f"shard line {lineno}: {exc}")
                continue
            if not isinstance(rec, dict):
                yield quarantine({"source": str(path)}, f"shard line {lineno}: not an object")
            elif rec.get("kind") == "end":
                complete = True
                break
            else:
                yield rec
    if not complete:
        raise ValueError(f"{path}: incomplete shard file")


def quarantine(rec: dict[str, Any], why: str) -> dict[str, Any]:
    """The reject that replaces a shard record the store cannot hold (code ``load_error``)."""
    def text(value: Any) -> str | None:
        return None if value is None else str(value).encode("utf-8", "replace").decode("utf-8")

    return {"kind": "reject", "source": text(rec.get("source")) or "", "doc_id": text(rec.get("id")),
            "code": "load_error", "reason": text(f"cannot store this document: {why}"[:500])}


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction after a failure without hiding it: when the failure already
    ended the transaction (a full disk), ROLLBACK's own error would replace the real one."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def _arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema.arrow_schema(table))


#: What turning a bad shard record into rows can raise (a wrong type, a bad URL, a number
#: too big for its column, a lone surrogate).
_ROW_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError,
               pa.ArrowException)


def _rows(recs: list[dict[str, Any]]
          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(documents rows, mentions rows, quarantined records as rejects) of document records.
    Rows are checked against the Arrow schema: per record only when the whole batch fails."""
    drows: list[dict[str, Any]] = []
    mrows: list[dict[str, Any]] = []
    bad: list[dict[str, Any]] = []
    for rec in recs:
        try:
            drow, ms = document_row(rec), mention_rows(rec)
        except _ROW_ERRORS as exc:
            bad.append(quarantine(rec, f"{type(exc).__name__}: {exc}"))
            continue
        drows.append(drow)
        mrows.extend(ms)
    if _fits(drows, mrows):
        return drows, mrows, bad
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for m in mrows:
        by_doc.setdefault(m["doc_key"], []).append(m)
    good_d: list[dict[str, Any]] = []
    good_m: list[dict[str, Any]] = []
    for drow in drows:
        ms = by_doc.get(drow["doc_key"], [])
        why = _misfit(drow, ms)
        if why:
            bad.append(quarantine({"source": drow.get("source"), "id": drow.get("id")}, why))
            continue
        good_d.append(drow)
        good_m.extend(ms)
    return good_d, good_m, bad


def _misfit(drow: dict[str, Any] | list[dict[str, Any]], mrows: list[dict[str, Any]]) -> str:
    """Why these rows do not fit the tables' Arrow schema ("" when they do)."""
    try:
        _arrow("documents", drow if isinstance(drow, list) else [drow])
        _arrow("mentions", mrows)
    except _ROW_ERRORS as exc:
        return f"{type(exc).__name__}: {exc}"
    return ""


def _fits(drows: list[dict[str, Any]], mrows: list[dict[str, Any]]) -> bool:
    return not _misfit(drows, mrows)


def split_records(records: Iterable[dict[str, Any]]
                  ) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """(document records by key, the first of each; reject rows by id) of shard records."""
    docs: dict[str, dict[str, Any]] = {}
    raw_rejects: list[dict[str, Any]] = []
    for rec in records:
        if rec.get("kind") == "doc":
            key = rec.get("doc_key")
            if isinstance(key, str) and key.isascii() and key.isalnum():
                docs.setdefault(key, rec)
            else:
                raw_rejects.append(quarantine(rec, "no document key"))
        elif rec.get("kind") == "reject":
            raw_rejects.append(rec)
    rejects: dict[str, dict[str, Any]] = {}
    for rec in raw_rejects:
        row = reject_row(rec)
        rejects.setdefault(row["reject_id"], row)
    return docs, rejects


@dataclass(slots=True)
class ShardRows:
    """The table rows of a shard's records, built where it was extracted."""

    documents: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    rejects: list[dict[str, Any]]


def shard_rows(records: Iterable[dict[str, Any]]) -> ShardRows:
    """Rows of shard records as :meth:`Store.load_records` builds them (a record that cannot
    become rows is a ``load_error`` reject), for :meth:`Store.load_rows`."""
    docs, rejects = split_records(records)
    drows, mrows, bad = _rows(list(docs.values()))
    for row in (reject_row(r) for r in bad):
        rejects.setdefault(row["reject_id"], row)
    return ShardRows(drows, mrows, list(rejects.values()))


def _rekey_blocks(con: duckdb.DuckDBPyConnection) -> None:
    """Every mention's block key as the current rule makes it (``records.block_key_of`` of its
    stored type, actor keys and countries, and flags); only the keys that differ are written."""
    rows = con.execute("SELECT mention_id, type, actor1_key, actor1_country, actor1_sector, "
                       "actor2_key, actor2_country, actor2_sector, negated "
                       "FROM mentions").fetchall()
    keys = [block_key_of(etype or "", block_side(k1, c1, s1), block_side(k2, c2, s2), negated)
            for _, etype, k1, c1, s1, k2, c2, s2, negated in rows]
    con.register("rekeyed", pa.table({"mention_id": pa.array([r[0] for r in rows], pa.string()),
                                      "block_key": pa.array(keys, pa.string())}))
    try:
        con.execute("UPDATE mentions SET block_key = rekeyed.block_key FROM rekeyed "
                    "WHERE mentions.mention_id = rekeyed.mention_id "
                    "AND mentions.block_key IS DISTINCT FROM rekeyed.block_key")
    finally:
        con.unregister("rekeyed")


class Store:
    """An open, writable event store (one per process: DuckDB allows one writer)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        #: What clusters a batch's mentions (of whole blocks) into events (None:
        #: :func:`cluster_items` here); another engine may run it per block elsewhere.
        self.cluster: Callable[[list[Item]], dict[str, str]] | None = None
        self.con, self.gate = schema.open_writer(self.path)
        try:
            for name, value in writer_settings().items():
                self.con.execute(f"SET {name} = '{value}'")
        except duckdb.Error as exc:
            self.close()
            raise StoreError(f"{self.path}: bad DuckDB setting: {exc}") from exc
        try:
            self._adopt_dedup_rule()
        except BaseException:
            self.close()
            raise

    def _adopt_dedup_rule(self) -> None:
        """A store clustered by another version of the dedup rule (``meta.dedup_rule``;
        none: before it was recorded) has its events dropped and every mention marked
        unclustered, in one transaction with the new version, so that ``finalize`` (run at the
        start of every ingest) re-clusters it as one pass of the current rule would. Nothing
        else changes but the mentions' block keys, which are rebuilt from their stored type,
        actors and flags (:func:`_rekey_blocks`); a new or current store is left alone."""
        con = self.con
        rows = con.execute("SELECT value FROM meta WHERE key = 'dedup_rule'").fetchall()
        if rows and rows[0][0] == DEDUP_RULE:
            return
        con.execute("BEGIN")
        try:
            con.execute("DELETE FROM events")
            _rekey_blocks(con)
            con.execute("UPDATE mentions SET event_id = NULL WHERE event_id IS NOT NULL")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('dedup_rule', ?)", [DEDUP_RULE])
            con.execute("COMMIT")
        except BaseException:
            rollback(con)
            raise

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            self.gate.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- loading -------------------------------------------------------------------------

    def stored_keys(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` are stored or superseded documents (the executor skips these
        before extraction: an older version given again is not revived). A look-up of the
        given keys in the tables' primary keys, whatever the store's size."""
        if not keys:
            return set()
        con = self.con
        con.register("asked_keys", pa.table({"doc_key": keys}))
        try:
            return {r[0] for r in con.execute(
                "SELECT doc_key FROM documents WHERE doc_key IN (SELECT doc_key FROM asked_keys) "
                "UNION ALL SELECT doc_key FROM superseded "
                "WHERE doc_key IN (SELECT doc_key FROM asked_keys)").fetchall()}
        finally:
            con.unregister("asked_keys")

    def load_records(self, records: Iterable[dict[str, Any]]) -> LoadResult:
        """Insert shard records (documents with their events, rejects) in one transaction; a
        document record that cannot become rows is stored as a ``load_error`` reject instead."""
        docs, rejects = split_records(records)
        result = LoadResult()
        con = self.con
        con.execute("BEGIN")
        try:
            if docs:
                self._load_documents(docs, rejects, result)
            if rejects:
                self._load_rejects(rejects, result)
            con.execute("COMMIT")
        except BaseException:
            rollback(con)
            raise
        return result

    def load_rows(self, rows: ShardRows) -> LoadResult:
        """Insert rows built by :func:`shard_rows` (a worker's mention shard) in one
        transaction: the same end as :meth:`load_records` of the records they came from."""
        result = LoadResult()
        con = self.con
        con.execute("BEGIN")
        try:
            present = self.stored_keys([r["doc_key"] for r in rows.documents])
            drows = [r for r in rows.documents if r["doc_key"] not in present]
            mrows = [m for m in rows.mentions if m["doc_key"] not in present]
            result.skipped = len(rows.documents) - len(drows)
            self._insert_documents(drows, mrows, result)
            if rows.rejects:
                self._load_rejects({r["reject_id"]: r for r in rows.rejects}, result)
            con.execute("COMMIT")
        except BaseException:
            rollback(con)
            raise
        return result

    def _load_documents(self, docs: dict[str, dict[str, Any]],
                        rejects: dict[str, dict[str, Any]], result: LoadResult) -> None:
        present = self.stored_keys(list(docs))
        new = [rec for key, rec in docs.items() if key not in present]
        result.skipped = len(docs) - len(new)
        drows, mrows, bad = _rows(new)
        for row in (reject_row(r) for r in bad):
            rejects.setdefault(row["reject_id"], row)
        self._insert_documents(drows, mrows, result)

    def _insert_documents(self, drows: list[dict[str, Any]], mrows: list[dict[str, Any]],
                          result: LoadResult) -> None:
        """Insert new documents and their mentions, after superseding older versions."""
        drows, mrows = self._supersede(drows, mrows)
        result.documents = len(drows)
        if drows:
            self._insert("documents", drows)
            result.mentions = len(mrows)
            if mrows:
                self._insert("mentions", mrows)

    def _supersede(self, drows: list[dict[str, Any]], mrows: list[dict[str, Any]]
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """A later version of a document (same id, same outlet, new text) replaces the earlier:
        the earlier's row and mentions go, its key is kept in ``superseded`` (so giving it again
        changes nothing), and the events of its blocks are rebuilt by :meth:`finalize`."""
        latest: dict[tuple[str, str | None], dict[str, Any]] = {}
        gone: list[tuple[str, str, str | None, str]] = []
        for row in drows:  # within the batch, input order: the last version wins
            old = latest.get((row["id"], row["outlet"]))
            if old is not None:
                gone.append((old["doc_key"], old["id"], old["outlet"], row["doc_key"]))
            latest[(row["id"], row["outlet"])] = row
        keep = {row["doc_key"] for row in latest.values()}
        con = self.con
        con.register("incoming_ids", pa.table({
            "doc_key": [r["doc_key"] for r in latest.values()],
            "id": [r["id"] for r in latest.values()],
            "outlet": pa.array([r["outlet"] for r in latest.values()], pa.string())}))
        try:
            gone += con.execute(_REPLACED_SQL).fetchall()
        finally:
            con.unregister("incoming_ids")
        if gone:
            self._drop_versions(gone)
        return ([r for r in drows if r["doc_key"] in keep],
                [m for m in mrows if m["doc_key"] in keep])

    def _drop_versions(self, gone: list[tuple[str, str, str | None, str]]) -> None:
        con = self.con
        con.register("gone", pa.table({
            "doc_key": [g[0] for g in gone], "id": [g[1] for g in gone],
            "outlet": pa.array([g[2] for g in gone], pa.string()),
            "by_doc_key": [g[3] for g in gone]}))
        try:
            con.execute("INSERT INTO superseded SELECT * FROM gone WHERE doc_key NOT IN "
                        "(SELECT doc_key FROM superseded)")
            con.execute("CREATE OR REPLACE TEMP TABLE stale AS SELECT DISTINCT block_key "
                        "FROM mentions WHERE doc_key IN (SELECT doc_key FROM gone)")
            con.execute("DELETE FROM mentions WHERE doc_key IN (SELECT doc_key FROM gone)")
            con.execute("DELETE FROM documents WHERE doc_key IN (SELECT doc_key FROM gone)")
            # the blocks' events are redone from the mentions left (finalize); an emptied
            # block's events just go, and the actors are recounted
            con.execute("DELETE FROM events WHERE block_key IN (SELECT block_key FROM stale)")
            con.execute("UPDATE mentions SET event_id = NULL "
                        "WHERE block_key IN (SELECT block_key FROM stale)")
            con.execute("DELETE FROM actors")
            con.execute(_ACTORS_SQL)
        finally:
            con.unregister("gone")
            con.execute("DROP TABLE IF EXISTS stale")

    def _load_rejects(self, rejects: dict[str, dict[str, Any]], result: LoadResult) -> None:
        con = self.con
        con.register("incoming_rejects", _arrow("rejects", list(rejects.values())))
        before = con.execute("SELECT count(*) FROM rejects").fetchall()[0][0]
        con.execute("INSERT INTO rejects SELECT * FROM incoming_rejects WHERE reject_id "
                    "NOT IN (SELECT reject_id FROM rejects)")
        after = con.execute("SELECT count(*) FROM rejects").fetchall()[0][0]
        con.unregister("incoming_rejects")
        result.rejects = after - before
        result.seen_rejects = len(rejects)

    def load_shard(self, path: Path) -> LoadResult:
        """Load one complete shard file (idempotent: loading it twice adds nothing)."""
        return self.load_records(list(read_shard(path)))

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        name = f"incoming_{table}"
        self.con.register(name, _arrow(table, rows))
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM {name}")
        finally:
            self.con.unregister(name)

    # -- clustering ------------------------------------------------------------------------

    def pending(self) -> int:
        """Mentions not yet clustered into events (work an interrupted run left)."""
        return int(self.con.execute(
            "SELECT count(*) FROM mentions WHERE event_id IS NULL").fetchall()[0][0])

    def finalize(self, batch_mentions: int | None = None) -> int:
        """Cluster every block with unclustered mentions; rebuild its events and its actors.

        The dirty blocks are taken in batches of whole blocks, in block-key order, of about
        ``batch_mentions`` new mentions (default :data:`CLUSTER_BATCH_MENTIONS`; a block with
        more is a batch alone). Each batch is ONE transaction: the runs of its blocks' mentions that a
        new mention can change (see :meth:`_cluster_batch`) are read, clustered, their changed
        ``event_id`` written, their events and their actors' rows rebuilt. So memory and time
        follow the new mentions' own days, months or years, not the corpus.

        Interrupted, a committed batch is complete (clustering depends only on the block's
        mentions, which no longer change) and the blocks of the others still have unclustered
        mentions, so the next run redoes exactly those: the store ends as if nothing had
        happened. Returns the number of events rewritten.
        """
        if not self.pending():
            return 0
        size = max(1, batch_mentions or CLUSTER_BATCH_MENTIONS)
        con = self.con
        # Temporary tables are private to this connection and never reach the file.
        con.execute(_DIRTY_SQL, [size])
        try:
            batches = [r[0] for r in con.execute(
                "SELECT DISTINCT batch FROM dirty ORDER BY batch").fetchall()]
            con.execute("CREATE OR REPLACE TEMP TABLE batch_blocks (block_key VARCHAR)")
            n_events = 0
            for batch in batches:
                con.execute("DELETE FROM batch_blocks")
                con.execute("INSERT INTO batch_blocks SELECT block_key FROM dirty WHERE batch = ?",
                            [batch])
                con.execute("BEGIN")
                try:
                    n_events += self._cluster_batch()
                    con.execute("COMMIT")
                except BaseException:
                    rollback(con)
                    raise
        finally:
            con.execute("DROP TABLE IF EXISTS batch_blocks")
            con.execute("DROP TABLE IF EXISTS dirty")
        return n_events

    def _cluster_batch(self) -> int:
        """Cluster the new mentions of the blocks listed in ``batch_blocks`` with the stored
        mentions they can share an event with (:func:`affected_mentions`: their own days,
        months or years, not the blocks' whole history); rewrite those mentions' event ids
        and their events. Returns the number of events written."""
        con = self.con
        con.register("redo_keys", self._affected())
        try:
            con.execute(_REDO_SQL)
        finally:
            con.unregister("redo_keys")
        items = [_item(r) for r in con.execute(_REDO_MENTIONS_SQL).fetchall()]
        assignment = (self.cluster or cluster_items)(items)
        del items
        con.execute("CREATE OR REPLACE TEMP TABLE batch_events AS SELECT DISTINCT event_id FROM "
                    "mentions WHERE mention_id IN (SELECT mention_id FROM redo) "
                    "AND event_id IS NOT NULL")
        con.register("assign", pa.table({
            "mention_id": list(assignment), "event_id": list(assignment.values())}))
        try:
            con.execute("INSERT INTO batch_events SELECT DISTINCT event_id FROM assign")
            # only the mentions whose event changed are written (no rewrite of the rest)
            con.execute("UPDATE mentions SET event_id = assign.event_id FROM assign "
                        "WHERE mentions.mention_id = assign.mention_id "
                        "AND mentions.event_id IS DISTINCT FROM assign.event_id")
        finally:
            con.unregister("assign")
        n_events = len(set(assignment.values()))
        del assignment
        con.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM batch_events)")
        con.execute(_EVENTS_SQL)
        self._recount_actors()
        con.execute("DROP TABLE IF EXISTS batch_events")
        con.execute("DROP TABLE IF EXISTS redo")
        return n_events

    def _recount_actors(self) -> None:
        """Rebuild the ``actors`` rows of the actors of the re-clustered mentions (their
        events changed), in the batch's transaction: the other rows cannot have changed."""
        con = self.con
        con.execute("CREATE OR REPLACE TEMP TABLE touched_actors AS "
                    "SELECT actor1_key AS k FROM mentions WHERE mention_id IN "
                    "(SELECT mention_id FROM redo) AND actor1_key IS NOT NULL UNION "
                    "SELECT actor2_key FROM mentions WHERE mention_id IN "
                    "(SELECT mention_id FROM redo) AND actor2_key IS NOT NULL")
        try:
            con.execute("DELETE FROM actors WHERE actor_key IN (SELECT k FROM touched_actors)")
            con.execute(_TOUCHED_ACTORS_SQL)
        finally:
            con.execute("DROP TABLE IF EXISTS touched_actors")

    def _affected(self) -> pa.Table:
        """The (block, date, publication day, date text has a digit, date text is not empty)
        of the mentions of ``batch_blocks`` to re-cluster: per block, the runs of overlapping
        footprints that hold an unclustered mention (or the day a relative date snapped to
        before a new calendar day moved it). Read per distinct date, day and flags, not per
        mention (a footprint depends on nothing else)."""
        Key = tuple[str | None, Any, bool, bool, bool]
        blocks: dict[str, list[FootprintInput[Key]]] = {}
        for block, date, published, numbered, worded, planned, new, only_new in self.con.execute(
                _FOOTPRINT_SQL).fetchall():
            blocks.setdefault(block, []).append(
                ((date, published, numbered, worded, planned), date, published, numbered, worded,
                 planned, new, only_new))
        keys = [(block, key) for block, rows in blocks.items()
                for key in sorted(affected_mentions(block_footprints(rows)), key=repr)]
        return pa.table({"block_key": pa.array([b for b, _ in keys], pa.string()),
                         "date": pa.array([k[0] for _, k in keys], pa.string()),
                         "published_day": pa.array([k[1] for _, k in keys], pa.date32()),
                         "numbered": pa.array([k[2] for _, k in keys], pa.bool_()),
                         "worded": pa.array([k[3] for _, k in keys], pa.bool_()),
                         "planned": pa.array([k[4] for _, k in keys], pa.bool_())})


# Stored versions that a new one replaces: same id and outlet, another text.
_REPLACED_SQL = """
SELECT d.doc_key, d.id, d.outlet, i.doc_key
FROM documents d JOIN incoming_ids i
  ON d.id = i.id AND d.outlet IS NOT DISTINCT FROM i.outlet AND d.doc_key <> i.doc_key
"""

#: Mentions clustered per batch in :meth:`Store.finalize` (whole blocks; see there).
CLUSTER_BATCH_MENTIONS = 20_000

# Every block with an unclustered mention, numbered into batches of about ``?`` new mentions:
# a block's batch is (new mentions of the blocks before it, in block-key order) // batch size.
# (What a batch reads beyond its new mentions is their runs: see Store._cluster_batch.)
_DIRTY_SQL = """
CREATE OR REPLACE TEMP TABLE dirty AS
WITH blocks AS (
  SELECT block_key, count(*) AS n FROM mentions WHERE event_id IS NULL GROUP BY block_key
)
SELECT block_key,
       ((sum(n) OVER (ORDER BY block_key ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - n)
        // ?)::BIGINT AS batch
FROM blocks
"""

# What deciding which mentions to re-cluster needs (see Store._affected).
_FOOTPRINT_SQL = """
SELECT m.block_key, m.date, d.published_day, regexp_matches(coalesce(m.date_text, ''), '\\p{Nd}'),
       coalesce(m.date_text, '') <> '', coalesce(m.planned, false),
       bool_or(m.event_id IS NULL),
       bool_and(m.event_id IS NULL)
FROM mentions m JOIN documents d USING (doc_key)
WHERE m.block_key IN (SELECT block_key FROM batch_blocks)
GROUP BY ALL
"""

# The mentions of the (block, date, publication day, digit flag, worded flag) keys in
# ``redo_keys``.
_REDO_SQL = """
CREATE OR REPLACE TEMP TABLE redo AS
SELECT m.mention_id
FROM mentions m JOIN documents d USING (doc_key)
JOIN redo_keys r ON m.block_key = r.block_key AND m.date IS NOT DISTINCT FROM r.date
  AND d.published_day IS NOT DISTINCT FROM r.published_day
  AND regexp_matches(coalesce(m.date_text, ''), '\\p{Nd}') = r.numbered
  AND (coalesce(m.date_text, '') <> '') = r.worded
  AND coalesce(m.planned, false) = r.planned
WHERE m.block_key IN (SELECT block_key FROM batch_blocks)
"""

# What dedup reads of a mention (see _item).
_ITEM_COLUMNS = """m.mention_id, m.block_key, m.doc_id, m.position, d.published_day, m.date,
       m.loc_key, m.loc_name, m.loc_kind, m.loc_country, m.loc_admin1,
       m.actor1_key, m.actor1_country, m.actor1_sector,
       m.actor2_key, m.actor2_country, m.actor2_sector, m.date_text,
       coalesce(m.planned, false)"""

# What a document names anywhere (dedup.Item.story): the actor keys and place keys of all of
# its mentions, of any block (dedup keeps the named ones). A document's mentions never change,
# so this is a fact of the document alone, like its publication day.
_DOC_NAMES_SQL = """
SELECT doc_key, list_sort(list_distinct(list(k) FILTER (WHERE k IS NOT NULL))) AS names,
       list_sort(list_distinct(list(p) FILTER (WHERE p IS NOT NULL))) AS towns
FROM (SELECT doc_key, actor1_key AS k, NULL AS p FROM mentions WHERE doc_key IN ({docs})
      UNION ALL SELECT doc_key, actor2_key, NULL FROM mentions WHERE doc_key IN ({docs})
      UNION ALL SELECT doc_key, NULL, loc_key FROM mentions WHERE doc_key IN ({docs})
        AND coalesce(loc_kind, '') NOT IN ('country', 'state', 'admin1', 'region')
        AND loc_key NOT LIKE 'country:%')
GROUP BY doc_key
"""


def _with_doc_names(where: str) -> str:
    """The item query of the mentions ``where`` selects, with their documents' names."""
    docs = f"SELECT m.doc_key FROM mentions m WHERE {where}"
    return f"""
WITH names AS ({_DOC_NAMES_SQL.format(docs=docs)})
SELECT {_ITEM_COLUMNS}, n.names, n.towns
FROM mentions m JOIN documents d USING (doc_key) LEFT JOIN names n USING (doc_key)
WHERE {where}
"""


_REDO_MENTIONS_SQL = _with_doc_names("m.mention_id IN (SELECT mention_id FROM redo)")

# Every mention of the blocks in ``batch_blocks`` (tests compare batches with one pass).
_BLOCK_MENTIONS_SQL = _with_doc_names("m.block_key IN (SELECT block_key FROM batch_blocks)")


def _actor(key: str | None, country: str | None, sector: str | None) -> Actor | None:
    """An actor as dedup compares it: an unresolved name by its spelling key."""
    return None if key is None else Actor(key=spelling_key(key), country=country, sector=sector)


def _item(row: tuple[Any, ...]) -> Item:
    (mention_id, block, doc_id, position, published, date, loc_key, loc_name, loc_kind,
     loc_country, loc_admin1) = row[:11]
    place = None
    if loc_key:
        place = Place(key=loc_key, name=norm_name(loc_name), kind=loc_kind, country=loc_country,
                      admin1=loc_admin1)
    return Item(mention_id=mention_id, block_key=block, doc_id=doc_id, position=position,
                published=published, date=date, place=place, actor1=_actor(*row[11:14]),
                actor2=_actor(*row[14:17]), date_text=row[17], planned=bool(row[18]),
                story=story_names(row[19] or (), row[20] or ()))


# The representative mention of an event: a report of what happened before an announcement
# (an event that joined its plan is the occurrence), the most precise date, the most specific
# actors, then the most specific place, then the highest confidence, then document order.
# Its fields are the event's.
_EVENTS_SQL = """
INSERT INTO events
WITH m AS (
  SELECT m.*, d.published_day, d.outlet, d.url,
         CASE m.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END
           AS prec_rank,
         CASE WHEN m.loc_key IS NULL THEN 3
              WHEN m.loc_kind = 'country' OR m.loc_key LIKE 'country:%' THEN 2
              WHEN m.loc_kind IN ('state', 'admin1', 'region') THEN 1 ELSE 0 END AS place_rank,
         -- how coarse its actors are (dedup.actors_compatible): a country 2, a generic group 1
         (CASE WHEN m.actor1_key LIKE 'id:country:%' OR m.actor1_key LIKE 'id:implicit:%' THEN 2
               WHEN m.actor1_key LIKE 'id:group:%' THEN 1 ELSE 0 END
          + CASE WHEN m.actor2_key LIKE 'id:country:%' OR m.actor2_key LIKE 'id:implicit:%' THEN 2
               WHEN m.actor2_key LIKE 'id:group:%' THEN 1 ELSE 0 END) AS actor_rank
  FROM mentions m JOIN documents d USING (doc_key)
  WHERE m.event_id IN (SELECT event_id FROM batch_events)
), ranked AS (
  SELECT *,
    row_number() OVER (PARTITION BY event_id ORDER BY coalesce(planned, false), prec_rank,
                       actor_rank, place_rank,
                       confidence DESC NULLS LAST, published_day NULLS FIRST, doc_id, position,
                       mention_id) AS rep_rank,
    row_number() OVER (PARTITION BY event_id ORDER BY place_rank, prec_rank,
                       confidence DESC NULLS LAST, published_day NULLS FIRST, doc_id, position,
                       mention_id) AS place_pick,
    row_number() OVER (PARTITION BY event_id ORDER BY published_day NULLS LAST, doc_id,
                       position, mention_id) AS first_rank
  FROM m
), agg AS (
  SELECT event_id,
    max(confidence) AS confidence,
    min(published_day) AS first_seen, max(published_day) AS last_seen,
    count(*)::INTEGER AS n_mentions,
    count(DISTINCT doc_key)::INTEGER AS n_articles,
    count(DISTINCT outlet)::INTEGER AS n_sources,
    list_sort(list(DISTINCT doc_id)) AS articles,
    list_sort(list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL)) AS sources,
    list_sort(list(DISTINCT lang) FILTER (WHERE lang IS NOT NULL)) AS languages
  FROM m GROUP BY event_id
)
SELECT r.event_id,
  ('0x' || substr(r.event_id, 1, 13))::BIGINT AS global_id,
  r.block_key, r.type, r.mode, r.cameo, r.quad_class,
  r.actor1_key, r.actor1_id, r.actor1_name, r.actor1_country, r.actor1_sector,
  r.actor2_key, r.actor2_id, r.actor2_name, r.actor2_country, r.actor2_sector,
  r.date, r.date_precision,
  p.loc_key, p.loc_name, p.loc_kind, p.loc_country, p.loc_admin1, p.loc_lat, p.loc_lon,
  p.loc_geonameid,
  r.planned, r.negated, a.confidence, r.sentence, r.mention_id,
  a.first_seen, a.last_seen, a.n_mentions, a.n_articles, a.n_sources,
  a.articles, a.sources, a.languages, f.url
FROM ranked r
JOIN ranked p ON p.event_id = r.event_id AND p.place_pick = 1
JOIN ranked f ON f.event_id = r.event_id AND f.first_rank = 1
JOIN agg a ON a.event_id = r.event_id
WHERE r.rep_rank = 1
"""

# Actors are rebuilt from all mentions: the name is the most frequent one seen for the key
# (ties: alphabetical), so the table does not depend on load order.
_ACTORS_SQL = """
INSERT INTO actors
WITH sides AS (
  SELECT actor1_key AS k, actor1_id AS id, actor1_name AS name, actor1_country AS country,
         actor1_sector AS sector, actor1_text AS text, event_id
  FROM mentions WHERE actor1_key IS NOT NULL
  UNION ALL
  SELECT actor2_key, actor2_id, actor2_name, actor2_country, actor2_sector, actor2_text, event_id
  FROM mentions WHERE actor2_key IS NOT NULL
), named AS (
  SELECT k, name, country, sector, count(*) AS c FROM sides GROUP BY ALL
), best AS (
  SELECT k,
         (list(name ORDER BY c DESC, name NULLS LAST))[1] AS name,
         (list(country ORDER BY c DESC, country NULLS LAST))[1] AS country,
         (list(sector ORDER BY c DESC, sector NULLS LAST))[1] AS sector
  FROM named GROUP BY k
), agg AS (
  SELECT k, max(id) AS id,
         list_sort(list_distinct(list_concat(
             coalesce(list(name) FILTER (WHERE name IS NOT NULL AND name <> ''), []),
             coalesce(list(text) FILTER (WHERE text IS NOT NULL AND text <> ''), [])))) AS aliases,
         count(*)::INTEGER AS n_mentions, count(DISTINCT event_id)::INTEGER AS n_events
  FROM sides GROUP BY k
)
SELECT agg.k, agg.id, best.name, best.country, best.sector, agg.aliases, agg.n_mentions,
       agg.n_events
FROM agg JOIN best USING (k)
"""

# The same, for the actors listed in ``touched_actors`` only.
_TOUCHED_ACTORS_SQL = _ACTORS_SQL.replace(
    "FROM mentions WHERE actor1_key IS NOT NULL",
    "FROM mentions WHERE actor1_key IN (SELECT k FROM touched_actors)").replace(
    "FROM mentions WHERE actor2_key IS NOT NULL",
    "FROM mentions WHERE actor2_key IN (SELECT k FROM touched_actors)")
assert _TOUCHED_ACTORS_SQL.count("touched_actors") == 2


def table_dump(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in a canonical order: what "the same store" means in tests."""
    return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in schema.TABLES if t != "meta"}
