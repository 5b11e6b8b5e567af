"""Writing a file atomically: a temporary file in the same folder, then a rename.

A failure part-way leaves no half-written PDF, and an existing file is never replaced
unless the caller asked to overwrite it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from avn_aid.errors import OutputError


def check_writable(path: Path, *, overwrite: bool) -> None:
    """OutputError now if `path` could not be written, before any work goes into the data."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        _check_target(path, folder, overwrite=overwrite)
    except OSError as exc:  # e.g. a name longer than the file system allows
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None


def write_atomic(path: Path, data: bytes, *, overwrite: bool) -> None:
    import tempfile  # here: most starts read files and never write one (tempfile imports shutil)

    folder = path.parent if str(path.parent) else Path(".")
    check_writable(path, overwrite=overwrite)
    try:
        # A short temporary name: one built from the file's own name would overflow the
        # 255-byte limit on names for a long but legal file name.
        handle, temp_name = tempfile.mkstemp(prefix=".avn-aid-", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write to the folder {folder}: {exc.strerror}") from None
    temp = Path(temp_name)
    try:
        # mkstemp creates the file readable by its owner only; give it the permissions any
        # other new file would get, so printers and viewers behave as usual.
        os.fchmod(handle, 0o666 & ~_current_umask())
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)  # fails if the file appeared meanwhile: never clobber
            except FileExistsError:
                raise OutputError(
                    f"{path} already exists; choose another name or allow overwriting (--force)"
                ) from None
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV):
                    raise
                os.replace(temp, path)  # file systems without hard links
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        temp.unlink(missing_ok=True)


def _check_target(path: Path, folder: Path, *, overwrite: bool) -> None:
    """Refuse a missing folder, a folder, a device, pipe or socket, or a file not to replace."""
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    existing = _existing_kind(path)
    if existing not in (None, "a regular file"):
        # Never replace a device, pipe or socket, even when asked to overwrite: as root,
        # `-o /dev/null --force` would otherwise swap the system's device for a PDF.
        raise OutputError(
            f"cannot write {path}: it is {existing}; avn-aid writes only to regular files "
            "or new paths"
        )
    if existing is not None and not overwrite:
        raise OutputError(
            f"{path} already exists; choose another name or allow overwriting (--force)"
        )


def _existing_kind(path: Path) -> str | None:
    """What is at `path` now (following a link), or None if nothing is."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a link to nothing" if path.is_symlink() else None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    return "a regular file" if stat.S_ISREG(mode) else kind_of_file(mode)


def kind_of_file(mode: int) -> str:
    """What a file that is not a regular one is, in words (for reading and writing alike)."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
