"""Checking a patient against the pathway before deciding: unknown ids, age, impossible input."""

from __future__ import annotations

from avn_aid.engine.result import Message
from avn_aid.engine.result import Outcome as ResultOutcome
from avn_aid.model.pathway import Pathway
from avn_aid.model.patient import HipFindings, Patient
from avn_aid.text import excerpt, summary


def unknown_id_messages(pathway: Pathway, patient: Patient) -> list[Message]:
    """An error for each id the pathway does not define, listing the valid ones."""
    errors = []
    checks = (
        ("stage", (patient.stage,), [s.id for s in pathway.staging.stages]),
        ("collapse", (patient.collapse,), [c.id for c in pathway.staging.collapse]),
        ("contraindications", patient.contraindications, [c.id for c in pathway.contraindications]),
        ("risk_factors", patient.risk_factors, [r.id for r in pathway.risk_factors]),
    )
    for field, values, valid in checks:
        for value in values:
            if value not in valid:
                errors.append(
                    Message(
                        level="error",
                        field=field,
                        text=f"{field}: {excerpt(value)} is not known; "
                        f"valid values: {summary(valid)}",
                    )
                )
    return errors


def input_messages(pathway: Pathway, patient: Patient) -> tuple[ResultOutcome, list[Message]]:
    """Check a patient against the pathway: ('ok' | 'out_of_scope' | 'invalid_input', messages)."""
    errors = unknown_id_messages(pathway, patient)
    age_problem = age_message(pathway, patient.age)
    if age_problem is not None and age_problem.level == "error":
        errors.append(age_problem)
    combination = combination_message(pathway, patient.hip)
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


def combination_message(pathway: Pathway, hip: HipFindings) -> Message | None:
    """The error for an impossible stage and collapse combination, else None."""
    rule = pathway.staging.impossible_rule(hip.stage, hip.collapse)
    if rule is None:
        return None
    return Message(
        level="error",
        field="stage, collapse",
        text=f"stage {hip.stage} with collapse '{hip.collapse}' is impossible: {rule.message}",
    )
