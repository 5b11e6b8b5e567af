"""The patient: the one value every part of avn-aid passes around, as plain immutable data.

Building one checks it. The usual patient (ids, sides and answers of the right kinds and
sizes) is checked here; anything else is handed to the pydantic model in
`patient_format.py`, which either refuses it with pydantic's located errors (a
ValidationError, a ValueError) or accepts it in its normal form (spaces stripped, a list
read as a tuple). So a patient means the same whichever way it was made, and a start that
builds an ordinary patient never imports pydantic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

Side = Literal["left", "right"]
SIDES: tuple[Side, ...] = ("left", "right")
Answer = Literal["yes", "no"]
"""A yes/no answer; not asked is None on the patient and "unknown" in conditions."""

# The optional questions (two of the study's inclusion criteria), by field name.
UNASKED_QUESTIONS = ("symptoms", "failed_conservative_care")
MAX_AGE = 150  # no person is older; every age field and the wizard's age box stop here
_MAX_ID = 64
_ANSWERS = (None, "yes", "no")


def _is_id(value: object) -> bool:
    return type(value) is str and len(value) <= _MAX_ID and value == value.strip()


def _ids(values: object) -> tuple[str, ...] | None:
    """The ids as a sorted set (order and repetition carry no meaning), or None if any is
    not a plain id."""
    if not isinstance(values, tuple | list) or not all(_is_id(v) for v in values):
        return None
    return tuple(sorted(set(values)))


@dataclass(frozen=True, slots=True)
class HipFindings:
    """What is known about one affected hip."""

    side: Side | None
    stage: str
    collapse: str
    contraindications: tuple[str, ...]
    symptoms: Answer | None

    def __init__(
        self,
        *,
        side: Side | None = None,
        stage: str,
        collapse: str,
        contraindications: Iterable[str] = (),
        symptoms: Answer | None = None,
    ) -> None:
        given: dict[str, Any] = {
            "side": side,
            "stage": stage,
            "collapse": collapse,
            "contraindications": contraindications,
            "symptoms": symptoms,
        }
        ids = _ids(contraindications)
        if not (
            side in (None, *SIDES)
            and _is_id(stage)
            and _is_id(collapse)
            and ids is not None
            and symptoms in _ANSWERS
        ):
            from avn_aid.model import patient_format

            given = patient_format.checked_hip(given)
            ids = tuple(given["contraindications"])
        object.__setattr__(self, "side", given["side"])
        object.__setattr__(self, "stage", given["stage"])
        object.__setattr__(self, "collapse", given["collapse"])
        object.__setattr__(self, "contraindications", ids)
        object.__setattr__(self, "symptoms", given["symptoms"])

    @property
    def name(self) -> str:
        """'left hip', 'right hip' or 'hip', for messages."""
        return f"{self.side} hip" if self.side else "hip"

    def as_dict(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "stage": self.stage,
            "collapse": self.collapse,
            "contraindications": self.contraindications,
            "symptoms": self.symptoms,
        }


@dataclass(frozen=True, slots=True)
class Patient:
    """The clinical facts the pathway needs; nothing that identifies the person.

    Every face (CLI, wizard, sessions, test cases) builds one, and the engine, the decision
    space, `check` and `diff` take one. What belongs to the patient (age, contraindications,
    risk factors) is here; what belongs to one hip (side, stage, collapse, the per-hip
    contraindications) is in `hips`: one affected hip, or two (left and right). The flat
    form `Patient(age=.., stage=.., collapse=..)` is a patient with one hip.
    """

    age: int
    hips: tuple[HipFindings, ...]
    contraindications: tuple[str, ...]
    risk_factors: tuple[str, ...]
    failed_conservative_care: Answer | None

    def __init__(self, **given: Any) -> None:
        plain = _plain_patient(given)
        if plain is None:
            from avn_aid.model import patient_format

            plain = patient_format.checked_patient(given)
        for name, value in plain.items():
            object.__setattr__(self, name, value)

    @classmethod
    def one_hip(
        cls,
        *,
        age: int,
        stage: str,
        collapse: str,
        side: Side | None = None,
        contraindications: tuple[str, ...] = (),
        risk_factors: tuple[str, ...] = (),
        symptoms: Answer | None = None,
        failed_conservative_care: Answer | None = None,
    ) -> Patient:
        """A patient with one affected hip (the flat form, typed)."""
        return cls(
            age=age,
            hips=(HipFindings(side=side, stage=stage, collapse=collapse, symptoms=symptoms),),
            contraindications=contraindications,
            risk_factors=risk_factors,
            failed_conservative_care=failed_conservative_care,
        )

    @property
    def both_hips(self) -> bool:
        return len(self.hips) == 2

    @property
    def hip(self) -> HipFindings:
        """The one hip of a one-hip patient (a two-hip patient is asked per hip)."""
        if self.both_hips:
            raise ValueError("this patient has two affected hips; ask for one with single_hip()")
        return self.hips[0]

    @property
    def stage(self) -> str:
        return self.hip.stage

    @property
    def collapse(self) -> str:
        return self.hip.collapse

    @property
    def side(self) -> Side | None:
        return self.hip.side

    @property
    def symptoms(self) -> Answer | None:
        return self.hip.symptoms

    def not_asked(self) -> tuple[str, ...]:
        """The optional questions left unanswered (for any hip), as field names."""
        missing = []
        if any(hip.symptoms is None for hip in self.hips):
            missing.append("symptoms")
        if self.failed_conservative_care is None:
            missing.append("failed_conservative_care")
        return tuple(missing)

    def single_hip(self, index: int) -> Patient:
        """The one-hip patient made of this patient's facts and the facts of hip `index`.

        Its evaluation is what the pathway says for that hip: the engine evaluates each hip
        of a two-hip patient this way, so both agree by construction.
        """
        hip = self.hips[index]
        return Patient(
            age=self.age,
            hips=(
                HipFindings(
                    side=hip.side, stage=hip.stage, collapse=hip.collapse, symptoms=hip.symptoms
                ),
            ),
            contraindications=(*self.contraindications, *hip.contraindications),
            risk_factors=self.risk_factors,
            failed_conservative_care=self.failed_conservative_care,
        )

    def flat(self) -> dict[str, Any]:
        """A one-hip patient in the flat JSON form used before two hips existed."""
        hip = self.single_hip(0)
        return {
            "age": hip.age,
            "stage": hip.stage,
            "collapse": hip.collapse,
            "contraindications": list(hip.contraindications),
            "risk_factors": list(hip.risk_factors),
            "symptoms": hip.symptoms,
            "failed_conservative_care": hip.failed_conservative_care,
        }

    def as_dict(self) -> dict[str, Any]:
        """The patient as the pydantic model reads it (and as sessions store it)."""
        return {
            "age": self.age,
            "hips": tuple(hip.as_dict() for hip in self.hips),
            "contraindications": self.contraindications,
            "risk_factors": self.risk_factors,
            "failed_conservative_care": self.failed_conservative_care,
        }

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Inside a pydantic model (a session, a test case) the patient is read by the
        patient's pydantic model, with its errors and locations, then made plain."""
        from avn_aid.model import patient_format

        return patient_format.core_schema_of_plain(cls, handler)


def _plain_patient(given: dict[str, Any]) -> dict[str, Any] | None:
    """The patient's fields when they are the usual kinds and sizes, else None."""
    if set(given) - {
        "age",
        "hips",
        "contraindications",
        "risk_factors",
        "failed_conservative_care",
        "stage",
        "collapse",
        "side",
        "symptoms",
    }:
        return None
    flat = {k: given[k] for k in ("stage", "collapse", "side", "symptoms") if k in given}
    if flat:
        if "hips" in given or "stage" not in flat or "collapse" not in flat:
            return None
        try:
            hips: Any = (HipFindings(**flat),)
        except ValueError:
            return None
    else:
        hips = given.get("hips")
        if type(hips) not in (tuple, list) or not 1 <= len(hips) <= 2:
            return None
        if not all(type(h) is HipFindings for h in hips):
            return None
        hips = tuple(hips)
        if len(hips) == 2:
            if {h.side for h in hips} != set(SIDES):
                return None
            hips = tuple(sorted(hips, key=lambda h: h.side == "right"))
    age = given.get("age")
    cis = _ids(given.get("contraindications", ()))
    rfs = _ids(given.get("risk_factors", ()))
    fcc = given.get("failed_conservative_care")
    if type(age) is not int or not 0 <= age <= MAX_AGE or cis is None or rfs is None:
        return None
    if fcc not in _ANSWERS:
        return None
    return {
        "age": age,
        "hips": hips,
        "contraindications": cis,
        "risk_factors": rfs,
        "failed_conservative_care": fcc,
    }
