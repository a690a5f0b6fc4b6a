"""The Ray engine of ``ghatna ingest --engine ray`` (``pip install 'ghatna[ray]'``).

The driver plans partitions of the input (:mod:`.partitions`), Ray tasks read, extract and
write each partition's rows as Parquet mention shards (:mod:`.tasks`, :mod:`.shards`), and the
driver loads the shards in input order into the DuckDB store and clusters the new mentions,
block groups in parallel on the cluster (:mod:`.engine`). The store ends exactly as the local
engine leaves it. Only :mod:`.engine` and :mod:`.tasks` import ray. See ``docs/scale.md``.
"""
