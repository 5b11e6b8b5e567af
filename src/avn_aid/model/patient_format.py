"""The patient as files and other edges state it, checked by pydantic, and made plain."""

# Saved sessions, test cases and the command line's hips are read by these models; a valid
# one becomes the plain `model.patient.Patient`, which checks the common case itself and
# asks this module only about anything else (`checked_patient`, `checked_hip`).

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, field_validator, model_validator
from pydantic_core import core_schema

from avn_aid.model import patient as plain
from avn_aid.model.base import StrictModel
from avn_aid.model.patient import SIDES, Answer, Side
from avn_aid.model.types import MAX_AGE, Int

Id = Annotated[str, Field(max_length=64)]


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


def checked_patient(given: dict[str, Any]) -> dict[str, Any]:
    """A plain patient's fields from anything out of the ordinary, or pydantic's errors."""
    model = Patient(**{k: _as_model_input(v) for k, v in given.items()})
    return {
        "age": model.age,
        "hips": tuple(_plain_hip(h) for h in model.hips),
        "contraindications": model.contraindications,
        "risk_factors": model.risk_factors,
        "failed_conservative_care": model.failed_conservative_care,
    }


def checked_hip(given: dict[str, Any]) -> dict[str, Any]:
    """A plain hip's fields from anything out of the ordinary, or pydantic's errors."""
    model = HipFindings(**given)
    return {
        "side": model.side,
        "stage": model.stage,
        "collapse": model.collapse,
        "contraindications": model.contraindications,
        "symptoms": model.symptoms,
    }


def core_schema_of_plain(cls: type[plain.Patient], handler: Any) -> Any:
    """How pydantic reads the plain patient: by this model, then made plain."""
    from_model = core_schema.no_info_after_validator_function(
        _as_plain, handler.generate_schema(Patient)
    )
    return core_schema.json_or_python_schema(
        json_schema=from_model,
        # A patient built in Python was checked when it was built.
        python_schema=core_schema.union_schema([core_schema.is_instance_schema(cls), from_model]),
        serialization=core_schema.plain_serializer_function_ser_schema(_serialised, info_arg=True),
    )


def _as_model_input(value: Any) -> Any:
    if isinstance(value, plain.HipFindings):
        return value.as_dict()
    if isinstance(value, tuple | list):
        return tuple(_as_model_input(v) for v in value)
    return value


def _plain_hip(model: HipFindings) -> plain.HipFindings:
    return plain.HipFindings(
        side=model.side,
        stage=model.stage,
        collapse=model.collapse,
        contraindications=model.contraindications,
        symptoms=model.symptoms,
    )


def _as_plain(model: Patient) -> plain.Patient:
    return plain.Patient(
        age=model.age,
        hips=tuple(_plain_hip(h) for h in model.hips),
        contraindications=model.contraindications,
        risk_factors=model.risk_factors,
        failed_conservative_care=model.failed_conservative_care,
    )


def _serialised(patient: plain.Patient, info: Any) -> dict[str, Any]:
    data = patient.as_dict()
    data["hips"] = [dict(hip) for hip in data["hips"]]
    if info.mode == "json":
        data["contraindications"] = list(data["contraindications"])
        data["risk_factors"] = list(data["risk_factors"])
        for hip in data["hips"]:
            hip["contraindications"] = list(hip["contraindications"])
    return data
