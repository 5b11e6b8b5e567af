"""A cache of validated pathways in the user's cache folder, so a start can skip the YAML.

Reading a pathway means parsing YAML with marks, checking every reference and every text,
and validating; the result depends only on the file's bytes and on the code that checks
them. So the validated pathway is kept, as JSON, in the folder platformdirs names for
avn-aid (as black and mypy keep theirs), under a key made of the file's sha256, avn-aid's
version, Python's version and a fingerprint of the checking code. An entry carries a
checksum and is written atomically; one that cannot be read or does not match is a miss.
On a hit the JSON is still validated by the pathway model; what is skipped is the YAML
and the location-keeping checks, which found nothing in these very bytes before.

It holds pathway content only: nothing about a patient is ever passed to it.
AVN_AID_NO_CACHE=1 turns it off. `validate` and `check` never use it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from avn_aid import __version__
from avn_aid.errors import OutputError
from avn_aid.files import write_atomic
from avn_aid.loading.files import MAX_BYTES, read_limited
from avn_aid.model.document import PathwayDocument
from avn_aid.resources import font

FORMAT = 1
_CODE = Path(__file__).resolve().parent.parent  # the avn_aid package


def cache_dir() -> Path | None:
    """The folder for entries, or None when the cache is off."""
    if os.environ.get("AVN_AID_NO_CACHE", "") not in ("", "0"):
        return None
    try:
        from platformdirs import user_cache_path
    except ImportError:  # an installation without platformdirs simply does not cache
        return None
    return user_cache_path("avn-aid", appauthor=False) / "pathways"


def _fingerprint() -> str:
    """Names, sizes and times of the modules and data that read and check pathways."""
    digest = hashlib.sha256()
    checkers = [
        (f"{p}/{m.name}", m) for p in ("model", "loading") for m in (_CODE / p).glob("*.py")
    ]
    # The printable-text check reads the fonts' coverage table: a new font changes verdicts.
    checkers.append(("coverage.txt", font("coverage.txt")))
    for name, path in sorted(checkers):
        info = path.stat()
        digest.update(f"{name}:{info.st_size}:{info.st_mtime_ns};".encode())
    return digest.hexdigest()


def entry_key(sha256: str) -> str:
    python = ".".join(str(part) for part in sys.version_info[:3])
    parts = f"{FORMAT}|{sha256}|{__version__}|{python}|{_fingerprint()}"
    return hashlib.sha256(parts.encode()).hexdigest()


def load(sha256: str, file: str) -> PathwayDocument | None:
    """The validated pathway for these bytes, or None (a miss) for any problem at all."""
    folder = cache_dir()
    if folder is None:
        return None
    key = entry_key(sha256)
    try:
        # Bounded and non-blocking: a FIFO or device planted in the cache is only a miss.
        header, _, body = read_limited(folder / key, 8 * MAX_BYTES, "a cache entry").partition(
            b"\n"
        )
        meta = json.loads(header)
        if meta != {"key": key, "sha256": hashlib.sha256(body).hexdigest()}:
            return None
        from avn_aid.model.pathway import Pathway

        pathway = Pathway.model_validate_json(body, context={"references_checked": True})
    except Exception:  # noqa: BLE001 - a damaged or foreign entry is only a miss
        return None
    return PathwayDocument(pathway=pathway, sha256=sha256, file=file)


def store(document: PathwayDocument) -> None:
    """Keep the validated pathway; a folder that cannot be written is not an error."""
    folder = cache_dir()
    if folder is None:
        return
    key = entry_key(document.sha256)
    body = document.pathway.model_dump_json().encode()
    header = json.dumps({"key": key, "sha256": hashlib.sha256(body).hexdigest()}).encode()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / key, header + b"\n" + body, overwrite=True)
    except (OSError, OutputError):
        pass
