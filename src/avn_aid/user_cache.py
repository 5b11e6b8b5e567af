"""Entries in the user's cache folder: derived data kept by the hash of what it came from.

The folder is the one platformdirs names for avn-aid (where black and mypy keep theirs),
one subfolder per kind of entry. An entry is a header line (its key and the sha256 of its
body) and the body; it is written atomically, and one that cannot be read, is not a
regular file, is too large or does not match its header is a miss, never an error.
AVN_AID_NO_CACHE=1 turns every cache off. The entries hold program data only (a pathway,
the wording catalogue), never anything about a patient.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path


def cache_dir(kind: str) -> Path | None:
    """The folder for one kind of entry, or None when caching is off."""
    if os.environ.get("AVN_AID_NO_CACHE", "") not in ("", "0"):
        return None
    try:
        from platformdirs import user_cache_path
    except ImportError:  # an installation without platformdirs simply does not cache
        return None
    return user_cache_path("avn-aid", appauthor=False) / kind


def read_entry(kind: str, key: str, limit: int) -> bytes | None:
    """The body stored under `key`, or None (a miss) for any problem at all."""
    folder = cache_dir(kind)
    if folder is None:
        return None
    try:
        # Non-blocking and bounded: a FIFO or device planted in the folder is only a miss.
        handle = os.open(folder / key, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                return None
            with os.fdopen(os.dup(handle), "rb") as file:
                data = file.read(limit + 1)
        finally:
            os.close(handle)
    except OSError:
        return None
    if len(data) > limit:
        return None
    header, _, body = data.partition(b"\n")
    try:
        meta = json.loads(header)
    except ValueError:
        return None
    if meta != {"key": key, "sha256": hashlib.sha256(body).hexdigest()}:
        return None
    return body


def write_entry(kind: str, key: str, body: bytes) -> None:
    """Keep `body` under `key`; a folder that cannot be written is not an error."""
    folder = cache_dir(kind)
    if folder is None:
        return
    import tempfile  # only when writing: a start served from the cache does not need it

    header = json.dumps({"key": key, "sha256": hashlib.sha256(body).hexdigest()}).encode()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(header + b"\n" + body)
            os.replace(temporary, folder / key)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass
