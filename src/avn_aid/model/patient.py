"""The patient: the one value every part of avn-aid passes around."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from avn_aid.model.base import StrictModel
from avn_aid.model.types import MAX_AGE, Int

Side = Literal["left", "right"]
Id = Annotated[str, Field(max_length=64)]
SIDES: tuple[Side, ...] = ("left", "right")
Answer = Literal["yes", "no"]
"""A yes/no answer; not asked is None on the patient and "unknown" in conditions."""

# The optional questions (two of the study's inclusion criteria), by field name.
UNASKED_QUESTIONS = ("symptoms", "failed_conservative_care")


def _as_set(values: tuple[str, ...]) -> tuple[str, ...]:
    # Order and repetition carry no meaning; normalising them makes equal patients equal.
    return tuple(sorted(set(values)))


class HipFindings(StrictModel):
    """What is known about one affected hip."""

    side: Side | None = Field(
        default=None, description="left or right; may be unknown for one hip."
    )
    stage: str = Field(max_length=64)
    collapse: str = Field(max_length=64)
    contraindications: tuple[Id, ...] = Field(
        default=(),
        description="Contraindications that belong to this hip (the pathway marks them per_hip).",
    )
    symptoms: Answer | None = Field(
        default=None, description="Whether this hip causes symptoms (pain); null if not asked."
    )

    @field_validator("contraindications")
    @classmethod
    def _normalise(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _as_set(values)

    @property
    def name(self) -> str:
        """'left hip', 'right hip' or 'hip', for messages."""
        return f"{self.side} hip" if self.side else "hip"


class Patient(StrictModel):
    """The clinical facts the pathway needs; nothing that identifies the person.

    Every face (CLI, wizard, sessions, test cases) builds one, and the engine, the decision
    space, `check` and `diff` take one. What belongs to the patient (age, contraindications,
    risk factors) is here; what belongs to one hip (side, stage, collapse, the per-hip
    contraindications) is in `hips`: one affected hip, or two (left and right). The flat
    form `Patient(age=.., stage=.., collapse=..)` is a patient with one hip.
    """

    age: Int = Field(ge=0, le=MAX_AGE, description="Age in whole years.")
    hips: tuple[HipFindings, ...] = Field(
        min_length=1, max_length=2, description="The affected hips: one, or left and right."
    )
    contraindications: tuple[Id, ...] = ()
    risk_factors: tuple[Id, ...] = ()
    failed_conservative_care: Answer | None = Field(
        default=None,
        description=(
            "Whether non-surgical care was tried for at least 3 months without enough relief; "
            "null if not asked."
        ),
    )

    @field_validator("contraindications", "risk_factors")
    @classmethod
    def _normalise(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _as_set(values)

    @field_validator("hips")
    @classmethod
    def _one_hip_per_side(cls, hips: tuple[HipFindings, ...]) -> tuple[HipFindings, ...]:
        if len(hips) == 2:
            sides = {h.side for h in hips}
            if sides != set(SIDES):
                raise ValueError("two affected hips must be one left and one right")
            # Left first, so that equal patients are equal whatever order they were given in.
            return tuple(sorted(hips, key=lambda h: h.side == "right"))
        return hips

    @model_validator(mode="before")
    @classmethod
    def _one_hip_in_flat_form(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        # A before-validator hands pydantic Python objects even when it parses JSON, and
        # strict mode takes only tuples for tuple fields: JSON arrays become tuples here.
        data = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        if "hips" in data and isinstance(data["hips"], tuple):
            data["hips"] = tuple(
                {k: tuple(v) if isinstance(v, list) else v for k, v in hip.items()}
                if isinstance(hip, dict)
                else hip
                for hip in data["hips"]
            )
        if not ({"stage", "collapse", "side", "symptoms"} & set(data)):
            return data
        if "hips" in data:
            raise ValueError("give either stage and collapse (one hip) or hips, not both")
        hip = {
            key: data.pop(key) for key in ("side", "stage", "collapse", "symptoms") if key in data
        }
        data["hips"] = (hip,)
        return data

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
