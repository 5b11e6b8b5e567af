"""Saved sessions: the wizard's inputs plus which pathway answered them, as versioned JSON.

Opening a session made with another pathway version is allowed, but the caller is told,
and can show what changed in the result.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from avn_aid.catalogue import text
from avn_aid.engine.result import Result
from avn_aid.errors import InputError
from avn_aid.files import write_atomic
from avn_aid.loading.files import UnreadableFileError, read_limited
from avn_aid.loading.messages import describe_error
from avn_aid.loading.strict_json import JsonError, loads
from avn_aid.model.base import StrictModel
from avn_aid.model.document import PathwayDocument
from avn_aid.model.patient import Patient
from avn_aid.model.printable import text_problem
from avn_aid.model.status import Status
from avn_aid.model.types import Int
from avn_aid.model.values import Preferences

MAX_BYTES = 100_000
MAX_LISTED = 20  # problems named before the rest are counted


class PathwayStamp(StrictModel):
    id: str
    version: str
    sha256: str


class Answer(StrictModel):
    """What the pathway said when the session was saved, to compare on reopening."""

    outcome: str
    statuses: dict[str, str] = Field(description="One hip: option id -> status.")
    caveats: tuple[str, ...]
    hips: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="Both hips: side -> option id -> status."
    )


def answer_of(result: Result) -> Answer:
    both = result.both_hips
    return Answer(
        outcome=result.outcome,
        statuses={} if both else {o.id: o.status.value for o in result.options},
        caveats=tuple(c.id for c in result.caveats),
        hips={h.side or "": {o.id: o.status.value for o in h.options} for h in result.hips if both},
    )


# 2: the patient's hips (with their sides) instead of one stage and a side.
# 3: the optional answers: each hip's `symptoms`, the patient's `failed_conservative_care`
#    (yes/no, null when not asked). Versions 1 and 2 still open: they were not asked.
FORMAT_VERSION = 3


class Session(StrictModel):
    """Version 2 keeps the affected hips, each with its side, in `patient`; version 1 (one
    hip, its side beside the patient) is still read, and becomes the same patient."""

    format: Literal["avn-aid-session"] = "avn-aid-session"
    format_version: Int = FORMAT_VERSION
    patient: Patient
    patient_name: str = Field(default="", max_length=120)
    clinician: str = Field(default="", max_length=120)
    pathway: PathwayStamp
    answer: Answer
    # The handout's language (BCP 47); sessions saved before it existed open in English.
    handout_language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    # What matters to the patient; sessions saved before it existed open with none.
    preferences: Preferences = Field(default_factory=Preferences)

    @field_validator("patient_name", "clinician")
    @classmethod
    def _printable(cls, text: str) -> str:
        problem = text_problem(text)
        if problem is not None:
            raise ValueError(problem)
        return text

    @field_validator("format_version")
    @classmethod
    def _known_version(cls, version: int) -> int:
        if version not in (1, 2, FORMAT_VERSION):
            raise ValueError(
                f"format version {version} is not one this avn-aid reads (it reads versions 1 "
                f"to {FORMAT_VERSION}); was the session saved by a newer avn-aid?"
            )
        return version

    @model_validator(mode="after")
    def _answers_need_version_3(self) -> Session:
        if self.format_version < 3 and (
            self.patient.failed_conservative_care is not None
            or any(hip.symptoms is not None for hip in self.patient.hips)
        ):
            raise ValueError(
                f"format_version {self.format_version} has no symptoms or "
                "failed_conservative_care; version 3 does"
            )
        return self


def stamp(document: PathwayDocument) -> PathwayStamp:
    meta = document.pathway.metadata
    return PathwayStamp(id=meta.id, version=meta.version, sha256=document.sha256)


def save_session(path: Path, session: Session, *, overwrite: bool) -> None:
    text = json.dumps(session.model_dump(mode="json"), indent=2, ensure_ascii=False, sort_keys=True)
    write_atomic(path, (text + "\n").encode("utf-8"), overwrite=overwrite)


def load_session(path: Path) -> Session:
    """Read and check a saved session; InputError names every problem and where it is."""
    try:
        raw = read_limited(path, MAX_BYTES, "a session file")
    except UnreadableFileError as exc:
        raise InputError(f"{path}: {exc}") from None
    return parse_session(raw, str(path))


def parse_session(raw: bytes, name: str) -> Session:
    """A session from the bytes of a file called `name`."""
    try:
        data = loads(raw)  # duplicate keys, depth, number sizes; pydantic parses again, strictly
    except JsonError as exc:
        raise InputError(f"{name} is not a session file: {exc}") from None
    raw = _version_1_side_on_the_hip(data, raw)
    try:
        return Session.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        lines = [_session_problem(error) for error in errors[:MAX_LISTED]]
        if len(errors) > MAX_LISTED:
            lines.append(f"and {len(errors) - MAX_LISTED:,} more problems")
        raise InputError(f"{name} is not a valid session file:\n  " + "\n  ".join(lines)) from None


def _version_1_side_on_the_hip(data: Any, raw: bytes) -> bytes:
    """Version 1 kept the one hip's side beside the patient; version 2 keeps it on the hip."""
    if not (isinstance(data, dict) and data.get("format_version") == 1 and "side" in data):
        return raw
    side = data.pop("side")
    if side is not None and isinstance(data.get("patient"), dict):
        data["patient"]["side"] = side
    return json.dumps(data).encode("utf-8")


def _session_problem(error: Any) -> str:
    path = tuple(p for p in error["loc"] if isinstance(p, str | int))
    where = ".".join(str(p) for p in path) or "the file"
    return f"{where}: {describe_error(error, path)}"


def pathway_difference(session: Session, document: PathwayDocument) -> str | None:
    """Words for how the session's pathway differs from the current one, or None."""
    now = stamp(document)
    if session.pathway == now:
        return None
    if session.pathway.id != now.id:
        return text("session.other_pathway", saved=session.pathway.id, now=now.id)
    if session.pathway.version != now.version:
        return text("session.other_version", saved=session.pathway.version, now=now.version)
    return text("session.other_file")


def result_changes(saved: Answer, now: Result) -> list[str]:
    """Option statuses, caveats and outcome that differ from what the session recorded."""
    lines = []
    if saved.outcome != now.outcome:
        lines.append(text("session.outcome", before=saved.outcome, after=now.outcome))
    for hip in now.hips:
        statuses = saved.hips.get(hip.side or "", {}) if now.both_hips else saved.statuses
        where = text("session.hip", hip=hip.name) if now.both_hips else ""
        for option in hip.options:
            before = statuses.get(option.id, "absent")
            if before != option.status.value:
                lines.append(
                    text(
                        "session.status",
                        hip=where,
                        option=option.name,
                        before=_status_words(before),
                        after=option.status.words,
                    )
                )
        for option_id in statuses:
            if option_id not in {o.id for o in hip.options}:
                lines.append(text("session.gone", hip=where, option=option_id))
    now_caveats = {c.id for c in now.caveats}
    lines += [
        text("session.caveat_added", caveat=c) for c in sorted(now_caveats - set(saved.caveats))
    ]
    lines += [
        text("session.caveat_removed", caveat=c) for c in sorted(set(saved.caveats) - now_caveats)
    ]
    return lines


def _status_words(value: str) -> str:
    """A saved status in the catalogue's words ('absent' or an unknown value as written)."""
    known = {s.value: s for s in Status}
    if value == "absent":
        return text("session.absent")
    return known[value].words if value in known else value.replace("_", " ")
