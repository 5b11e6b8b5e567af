"""Reading a file a person chose, in bounded time and memory, whatever it turns out to be.

A FIFO would block the open and the read forever, a character device such as /dev/zero
reports a size of 0 and never ends, and a folder cannot be read at all. We open without
blocking, ask the opened file (not the path, which could change meanwhile) what it is,
and read at most one byte more than the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from avn_aid.errors import PathwayError, Problem, UserError
from avn_aid.files import kind_of_file

MAX_BYTES = 1_000_000  # a pathway is a few tens of kilobytes; this is generous


class UnreadableFileError(UserError):
    """The file cannot be used; the message says why, without the file name."""


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; UnreadableFileError otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        handle = os.open(path, flags)
    except IsADirectoryError:
        raise UnreadableFileError(f"this is a folder, not {what}") from None
    except OSError as exc:
        raise UnreadableFileError(f"cannot read the file: {exc.strerror}") from None
    try:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            kind = kind_of_file(mode)
            if kind == "a folder":
                raise UnreadableFileError(f"this is a folder, not {what}")
            raise UnreadableFileError(f"this is {kind}, not a regular file; {what} must be a file")
        chunks = []
        total = 0
        while total <= limit:
            chunk = os.read(handle, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise UnreadableFileError(
                f"the file is over {limit:,} bytes; {what} may be at most {limit:,}"
            )
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read the file: {exc.strerror}") from None
    finally:
        os.close(handle)


def read_source(path: Path, what: str) -> bytes:
    """The bytes of a file a person edits (a pathway, test cases, a translation), at most
    MAX_BYTES; a PathwayError at its first line when it cannot be read."""
    try:
        return read_limited(path, MAX_BYTES, what)
    except UnreadableFileError as exc:
        raise PathwayError([Problem(str(path), 1, 1, str(exc))]) from None
