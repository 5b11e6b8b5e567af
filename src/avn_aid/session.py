"""Saved sessions: the wizard's inputs plus which pathway answered them, as versioned JSON.

Opening a session made with another pathway version is allowed, but the caller is told,
and can show what changed in the result.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from avn_aid.engine.result import Result
from avn_aid.errors import InputError
from avn_aid.files import write_atomic
from avn_aid.model.base import StrictModel
from avn_aid.model.document import PathwayDocument
from avn_aid.model.patient import Patient

MAX_BYTES = 100_000


class PathwayStamp(StrictModel):
    id: str
    version: str
    sha256: str


class Answer(StrictModel):
    """What the pathway said when the session was saved, to compare on reopening."""

    outcome: str
    statuses: dict[str, str]
    caveats: tuple[str, ...]


def answer_of(result: Result) -> Answer:
    return Answer(
        outcome=result.outcome,
        statuses={o.id: o.status.value for o in result.options},
        caveats=tuple(c.id for c in result.caveats),
    )


class Session(StrictModel):
    format: Literal["avn-aid-session"] = "avn-aid-session"
    format_version: Literal[1] = 1
    patient: Patient
    patient_name: str = Field(default="", max_length=120)
    clinician: str = Field(default="", max_length=120)
    side: Literal["left", "right"] | None = None
    pathway: PathwayStamp
    answer: Answer


def stamp(document: PathwayDocument) -> PathwayStamp:
    meta = document.pathway.metadata
    return PathwayStamp(id=meta.id, version=meta.version, sha256=document.sha256)


def save_session(path: Path, session: Session, *, overwrite: bool) -> None:
    text = json.dumps(session.model_dump(mode="json"), indent=2, ensure_ascii=False, sort_keys=True)
    write_atomic(path, (text + "\n").encode("utf-8"), overwrite=overwrite)


def load_session(path: Path) -> Session:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise InputError(f"{path} is too large to be a session file")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is not a session file (not JSON: {exc})") from None
    try:
        return Session.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        raise InputError(f"{path} is not a valid session file ({where}: {first['msg']})") from None


def pathway_difference(session: Session, document: PathwayDocument) -> str | None:
    """Words for how the session's pathway differs from the current one, or None."""
    now = stamp(document)
    if session.pathway == now:
        return None
    if session.pathway.id != now.id:
        return f"This session was made with pathway '{session.pathway.id}', not '{now.id}'."
    if session.pathway.version != now.version:
        return (
            f"This session was made with version {session.pathway.version} of the pathway; "
            f"version {now.version} is open now."
        )
    return "This session was made with a different file of the same pathway version."


def result_changes(saved: Answer, now: Result) -> list[str]:
    """Option statuses, caveats and outcome that differ from what the session recorded."""
    lines = []
    if saved.outcome != now.outcome:
        lines.append(f"outcome: {saved.outcome} -> {now.outcome}")
    for option in now.options:
        before = saved.statuses.get(option.id, "absent")
        if before != option.status.value:
            lines.append(f"{option.name}: {before.replace('_', ' ')} -> {option.status.words}")
    for option_id in saved.statuses:
        if option_id not in {o.id for o in now.options} and now.outcome == "ok":
            lines.append(f"{option_id}: no longer in the pathway")
    now_caveats = {c.id for c in now.caveats}
    lines += [f"caveat added: {c}" for c in sorted(now_caveats - set(saved.caveats))]
    lines += [f"caveat removed: {c}" for c in sorted(set(saved.caveats) - now_caveats)]
    return lines
