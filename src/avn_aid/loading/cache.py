"""A cache of validated pathways in the user's cache folder, so a start can skip the YAML.

Reading a pathway means parsing YAML with marks, checking every reference and every text,
and validating; the result depends only on the file's bytes and on the code that checks
them. So the validated pathway is kept, as JSON, in the folder platformdirs names for
avn-aid (as black and mypy keep theirs), under a key made of the file's sha256, avn-aid's
version, Python's version and a fingerprint of the checking code. An entry carries a
checksum and is written atomically; one that cannot be read, does not match or does not
rebuild into the plain pathway (model/runtime.py) record by record is a miss.

An entry is what this program wrote after validating exactly these bytes, so a hit is
rebuilt into plain data without pydantic or YAML: that is the point of the cache. Each
record is written with its class name and rebuilt through that class's own constructor
(only the pathway's record classes, never anything named by the file), with every field
present and no other. The folder is the user's own, like their installed program.

It holds pathway content only: nothing about a patient is ever passed to it.
AVN_AID_NO_CACHE=1 turns it off. `validate` and `check` never use it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any

from avn_aid import __version__, user_cache
from avn_aid.errors import OutputError
from avn_aid.files import write_atomic
from avn_aid.loading.files import MAX_BYTES, read_limited
from avn_aid.model.document import PathwayDocument
from avn_aid.model.runtime import RECORDS, Pathway, field_names, is_record
from avn_aid.model.status import Status
from avn_aid.resources import font

FORMAT = 2  # 2: plain records with their class names (1 was pydantic's JSON)
_CODE = Path(__file__).resolve().parent.parent  # the avn_aid package


def cache_dir() -> Path | None:
    """The folder for entries, or None when the cache is off."""
    return user_cache.cache_dir("pathways")


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
        pathway = json.loads(body, object_hook=_rebuild)
    except Exception:  # noqa: BLE001 - a damaged or foreign entry is only a miss
        return None
    if type(pathway) is not Pathway:
        return None
    return PathwayDocument(pathway=pathway, sha256=sha256, file=file)


def store(document: PathwayDocument) -> None:
    """Keep the validated pathway; a folder that cannot be written is not an error."""
    folder = cache_dir()
    if folder is None:
        return
    key = entry_key(document.sha256)
    body = entry_body(document.pathway)
    header = json.dumps({"key": key, "sha256": hashlib.sha256(body).hexdigest()}).encode()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / key, header + b"\n" + body, overwrite=True)
    except (OSError, OutputError):
        pass


def entry_body(pathway: Pathway) -> bytes:
    """What an entry holds after its header: the pathway's records, and nothing else."""
    return json.dumps(_tagged(pathway), ensure_ascii=False).encode()


def _tagged(value: Any) -> Any:
    """JSON for plain records: each record, status and date says what it is."""
    if is_record(value):
        data = {"@": type(value).__name__}
        data.update((name, _tagged(getattr(value, name))) for name in field_names(value))
        return data
    if isinstance(value, tuple):
        return [_tagged(item) for item in value]
    if isinstance(value, dict):  # locators: source ids, which cannot start with "@"
        return {key: _tagged(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return {"@": "Status", "value": value.value}
    if isinstance(value, dt.date):
        return {"@": "date", "value": value.isoformat()}
    return value


def _rebuild(data: dict[str, Any]) -> Any:
    tag = data.pop("@", None)
    if tag is None:
        return data
    if tag == "Status":
        return Status(data["value"])
    if tag == "date":
        return dt.date.fromisoformat(data["value"])
    cls = RECORDS[tag]  # KeyError, a miss, for any other name
    if set(data) != _FIELDS[tag]:
        raise ValueError(f"{tag}: fields do not match")
    return cls(**{k: tuple(v) if type(v) is list else v for k, v in data.items()})


_FIELDS = {name: frozenset(field_names(cls)) for name, cls in RECORDS.items()}
