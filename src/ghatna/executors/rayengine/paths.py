"""Local paths and URLs (``s3://``, ``gs://``, ``hdfs://``, ``file://``; any fsspec protocol
when fsspec is installed) as a pyarrow filesystem and a path in it."""

from __future__ import annotations

import os
import re

import pyarrow as pa
import pyarrow.fs as pafs

from ...errors import InputError

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    return bool(_URL.match(path))


def url_prefix(url: str) -> str:
    """``s3://`` of ``s3://bucket/key``: what names a file found under the URL."""
    return url[: url.index("://") + 3]


def resolve(location: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem and the path in it of a local path (made absolute) or a URL; an
    :class:`InputError` names what is missing for a URL that cannot be opened."""
    if not is_url(location):
        return pafs.LocalFileSystem(), os.path.abspath(location)
    try:
        return pafs.FileSystem.from_uri(location)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError) as pa_exc:
        try:
            import fsspec  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            raise InputError(f"{location}: pyarrow cannot open this URL ({pa_exc}); install "
                             "fsspec and the package of its scheme (e.g. gcsfs, adlfs)") from None
        try:
            fs, path = fsspec.core.url_to_fs(location)
        except (ImportError, ValueError) as exc:
            raise InputError(f"{location}: cannot open this URL: {exc}") from None
        return pafs.PyFileSystem(pafs.FSSpecHandler(fs)), str(path)


def join(base: str, name: str) -> str:
    """``base/name`` for a local folder or a URL (no query string in ``base``)."""
    return base.rstrip("/") + "/" + name
