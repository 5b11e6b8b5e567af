"""Checking a patient against the pathway before deciding: unknown ids, age, impossible input.

Messages about one hip name it ("left hip: ...", field "left.stage") when both hips are
affected; with one hip they read as they always have.
"""

from __future__ import annotations

from collections.abc import Sequence

from avn_aid.engine.result import Message
from avn_aid.engine.result import Outcome as ResultOutcome
from avn_aid.model.patient import HipFindings, Patient
from avn_aid.model.runtime import Pathway
from avn_aid.text import excerpt, summary


def unknown_id_messages(pathway: Pathway, patient: Patient) -> list[Message]:
    """An error for each id the pathway does not define (listing the valid ones), and for
    each contraindication given in the wrong place (per hip or for the whole patient)."""
    errors: list[Message] = []
    per_hip = pathway.per_hip_contraindications()
    for hip in patient.hips:
        place = _HipPlace(hip, patient.both_hips)
        errors += _unknown("stage", (hip.stage,), [s.id for s in pathway.staging.stages], place)
        errors += _unknown(
            "collapse", (hip.collapse,), [c.id for c in pathway.staging.collapse], place
        )
    contraindication_ids = [c.id for c in pathway.contraindications]
    errors += _unknown("contraindications", patient.contraindications, contraindication_ids)
    for hip in patient.hips:
        place = _HipPlace(hip, patient.both_hips)
        errors += _unknown("contraindications", hip.contraindications, sorted(per_hip), place)
    errors += _unknown("risk_factors", patient.risk_factors, [r.id for r in pathway.risk_factors])
    if patient.both_hips:
        for item in patient.contraindications:
            if item in per_hip:
                errors.append(
                    Message(
                        level="error",
                        field="contraindications",
                        text=f"contraindications: '{item}' belongs to one hip; with both hips "
                        "affected, say which (left or right)",
                    )
                )
    return errors


class _HipPlace:
    """How messages about one hip name it: only when both hips are affected."""

    def __init__(self, hip: HipFindings, named: bool) -> None:
        self.field_prefix = f"{hip.side}." if named else ""
        self.text_prefix = f"{hip.name}: " if named else ""


_PATIENT = _HipPlace(HipFindings(stage="", collapse=""), False)


def _unknown(
    field: str, values: Sequence[str], valid: list[str], place: _HipPlace = _PATIENT
) -> list[Message]:
    return [
        Message(
            level="error",
            field=place.field_prefix + field,
            text=f"{place.text_prefix}{field}: {excerpt(value)} is not known"
            + (
                " as a contraindication of one hip"
                if place is not _PATIENT and field == "contraindications"
                else ""
            )
            + f"; valid values: {summary(valid)}",
        )
        for value in values
        if value not in valid
    ]


def input_messages(pathway: Pathway, patient: Patient) -> tuple[ResultOutcome, list[Message]]:
    """Check a patient against the pathway: ('ok' | 'out_of_scope' | 'invalid_input', messages)."""
    errors = unknown_id_messages(pathway, patient)
    age_problem = age_message(pathway, patient.age)
    if age_problem is not None and age_problem.level == "error":
        errors.append(age_problem)
    for hip in patient.hips:
        combination = combination_message(pathway, hip, named=patient.both_hips)
        if combination is not None:
            errors.append(combination)
    if errors:
        return "invalid_input", errors
    if age_problem is not None:
        return "out_of_scope", [age_problem]
    return "ok", []


def age_message(pathway: Pathway, age: int) -> Message | None:
    """An error for an implausible age, a referral warning for one out of scope, else None."""
    scope = pathway.metadata.scope
    if age < 0 or age > scope.max_age:
        return Message(
            level="error",
            field="age",
            text=f"age: {age} is not a plausible age (expected 0 to {scope.max_age})",
        )
    if age < scope.min_age:
        return Message(level="warning", field="age", text=scope.referral_message)
    return None


def combination_message(
    pathway: Pathway, hip: HipFindings, *, named: bool = False
) -> Message | None:
    """The error for an impossible stage and collapse combination, else None; `named`
    puts the hip's side in the message (when both hips are affected)."""
    rule = pathway.staging.impossible_rule(hip.stage, hip.collapse)
    if rule is None:
        return None
    place = _HipPlace(hip, named)
    return Message(
        level="error",
        field=f"{place.field_prefix}stage, collapse",
        text=f"{place.text_prefix}stage {hip.stage} with collapse '{hip.collapse}' is "
        f"impossible: {rule.message}",
    )
